/**
 * Latin letters moved along the alphabet: a Caesar shift by any amount (CipherChat,
 * ICLR 2024, writes its queries shifted by 3: "ljqruh" is "ignore") or Atbash (a↔z).
 * ROT13 has its own views (views.ts) and is left to them.
 *
 * Found by letter frequencies, not by words: a stretch of text (a line, or what follows a
 * colon) whose letters fit English much better once moved back by some shift than as
 * written shows the text is shifted, and the whole text is read moved back. English text fits itself; base64, hex and ids fit
 * no shift (their letters are flat); other Latin-script languages share English's
 * frequent letters closely enough to fit themselves too. One pass counts letters, and a
 * stretch that already fits as written is not tried further, so ordinary text pays one
 * array increment per letter.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

/**
 * Letter frequencies of English text, a-z, as fractions (the usual corpus figures,
 * e 12.7%, t 9.1%, a 8.2% … z 0.07%).
 */
const ENGLISH = [
  0.082, 0.015, 0.028, 0.043, 0.127, 0.022, 0.02, 0.061, 0.07, 0.0015, 0.008, 0.04, 0.024, 0.067, 0.075, 0.019, 0.001, 0.06, 0.063, 0.091,
  0.028, 0.01, 0.024, 0.0015, 0.02, 0.0007,
];

/** Fewer letters than this give frequencies too noisy to judge a stretch by. */
const MIN_LETTERS = 40;
/** A stretch is judged every this many characters at most, so one long line is not one verdict. */
const MAX_CHARS = 512;
/**
 * Σ frequency × English frequency, per letter: about 0.066 for English, 0.038 for
 * letters spread evenly. A stretch is decoded when moving it back reaches `FITS` while
 * as written it stays under `DOES_NOT_FIT`.
 */
const FITS = 0.055;
const DOES_NOT_FIT = 0.045;
const ATBASH = -1;
const ROT13 = 13;

/** How well letter counts fit English once each letter y is read as `plainOf(y)`. */
function fit(counts: Int32Array, letters: number, plainOf: (y: number) => number): number {
  let sum = 0;
  for (let y = 0; y < 26; y++) sum += (counts[y] as number) * (ENGLISH[plainOf(y)] as number);
  return sum / letters;
}

/**
 * The chance that two letters drawn from the counts are the same letter (the index of
 * coincidence): about 0.066 for English and any shift or substitution of it, 0.038 for
 * letters spread evenly (base64, hex, ids). Shifting keeps it, so a stretch below
 * `LANGUAGE_COINCIDENCE` is no shifted language, and no shift is tried on it.
 */
function coincidence(counts: Int32Array, letters: number): number {
  let same = 0;
  for (let y = 0; y < 26; y++) {
    const count = counts[y] as number;
    same += count * (count - 1);
  }
  return same / (letters * (letters - 1));
}

const LANGUAGE_COINCIDENCE = 0.05;

/** The shift (1-25, or ATBASH) that makes the counts English, or 0 when none does. */
function shiftOf(counts: Int32Array, letters: number): number {
  if (fit(counts, letters, (y) => y) >= DOES_NOT_FIT || coincidence(counts, letters) < LANGUAGE_COINCIDENCE) return 0;
  let best = 0;
  let bestFit = FITS;
  for (let shift = 1; shift < 26; shift++) {
    if (shift === ROT13) continue;
    const score = fit(counts, letters, (y) => (y - shift + 26) % 26);
    if (score >= bestFit) [best, bestFit] = [shift, score];
  }
  return fit(counts, letters, (y) => 25 - y) >= bestFit ? ATBASH : best;
}

function unshifted(unit: number, shift: number): number {
  const base = unit >= 0x61 ? 0x61 : 0x41;
  const letter = unit - base;
  return base + (shift === ATBASH ? 25 - letter : (letter - shift + 26) % 26);
}

function isAsciiLetter(unit: number): boolean {
  const lower = (unit | 0x20) - 0x61;
  return lower >= 0 && lower < 26;
}

/** A stretch of the source and the shift that turns it into English. */
interface Stretch {
  start: number;
  end: number;
  shift: number;
}

/**
 * Frequent English words: a stretch moved back must hold two of them, so letters that
 * only happen to be spread like English (leetspeak, which turns vowels into digits, or
 * a list of names) are not decoded into noise.
 */
const COMMON_WORDS = /\b(?:the|and|you|your|to|of|is|that|this|with|for|are|not|all|what|how|me|my|it|in)\b/gi;

function readsAsEnglish(text: string, start: number, end: number, shift: number): boolean {
  let moved = "";
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    moved += String.fromCharCode(isAsciiLetter(unit) ? unshifted(unit, shift) : unit);
  }
  COMMON_WORDS.lastIndex = 0;
  let words = 0;
  while (COMMON_WORDS.exec(moved) !== null) if (++words >= 2) return true;
  return false;
}

/** By ASCII code unit: 1-26 for a letter (either case), SPACE for a space, 0 otherwise. */
const LETTER_OF = new Uint8Array(128);
for (let c = 0; c < 26; c++) {
  LETTER_OF[0x41 + c] = c + 1;
  LETTER_OF[0x61 + c] = c + 1;
}
const SPACE = 27;
LETTER_OF[0x20] = SPACE;
/** Prose has a space every five or six letters; a stretch with fewer than one per twelve is a token, not words. */
const LETTERS_PER_SPACE = 12;

function letterOf(unit: number): number {
  return unit < 128 ? (LETTER_OF[unit] as number) : 0;
}

/**
 * The next occurrence of a character at or after a position that only moves forward:
 * each native search starts past the last one found, so a text is searched once in all
 * (searching afresh from every stretch would read to the end of the text each time when
 * the character does not occur again).
 */
class NextOccurrence {
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  from(position: number): number {
    if (this.at < position && this.at !== this.text.length) {
      const found = this.text.indexOf(this.char, position);
      this.at = found < 0 ? this.text.length : found;
    }
    return this.at;
  }
}

/**
 * Letter counts of `text[start, end)` into `counts` (index 0: anything else, SPACE:
 * spaces). Two tables
 * filled alternately: one table's counters, incremented back to back, wait on each other.
 * Every character is counted: counting every other one saved half the work but let a
 * periodic text (an alphabet repeated) look like language.
 */
function countLetters(text: string, start: number, end: number, counts: Int32Array, other: Int32Array): void {
  counts.fill(0);
  other.fill(0);
  let i = start;
  for (; i + 1 < end; i += 2) {
    counts[letterOf(text.charCodeAt(i))]++;
    other[letterOf(text.charCodeAt(i + 1))]++;
  }
  if (i < end) counts[letterOf(text.charCodeAt(i))]++;
  for (let k = 0; k <= SPACE; k++) counts[k] = (counts[k] as number) + (other[k] as number);
}

/** The stretches of `text` that read as English once moved back. */
function shiftedStretches(text: string): Stretch[] {
  const found: Stretch[] = [];
  const table = new Int32Array(SPACE + 1);
  const other = new Int32Array(SPACE + 1);
  const counts = table.subarray(1, SPACE);
  const newline = new NextOccurrence(text, "\n");
  const colon = new NextOccurrence(text, ":");
  for (let start = 0; start < text.length; ) {
    // A stretch ends after the next line break or colon, or MAX_CHARS on.
    const end = Math.min(newline.from(start) + 1, colon.from(start) + 1, text.length, start + MAX_CHARS);
    if (end - start >= MIN_LETTERS) {
      countLetters(text, start, end, table, other);
      let letters = 0;
      for (let k = 0; k < 26; k++) letters += counts[k] as number;
      const words = (table[SPACE] as number) * LETTERS_PER_SPACE >= letters;
      const shift = letters >= MIN_LETTERS && words ? shiftOf(counts, letters) : 0;
      if (shift !== 0 && readsAsEnglish(text, start, end, shift)) found.push({ start, end, shift });
    }
    start = end;
  }
  return found;
}

/** The shift of the most letters among the stretches. */
function dominantShift(stretches: readonly Stretch[]): number {
  const weight = new Map<number, number>();
  for (const { start, end, shift } of stretches) weight.set(shift, (weight.get(shift) ?? 0) + end - start);
  return [...weight].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * The whole source moved back, once some stretch of it reads as English that way: each
 * such stretch by its own shift, the rest by the shift of most of them. An attacker
 * shifts the whole payload, and its short lines, a key after a colon or a table cell
 * carry too few letters to be judged alone. Null when no stretch is shifted.
 */
export function decodeShiftedLetters(source: TextView, meter: WorkMeter): TextView | null {
  const text = source.text;
  meter.add(text.length);
  const stretches = shiftedStretches(text);
  if (stretches.length === 0) return null;
  const rest = dominantShift(stretches);
  const writer = new ViewWriter(text.length);
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < stretches.length && (stretches[next] as Stretch).end <= i) next++;
    const stretch = stretches[next];
    const shift = stretch !== undefined && stretch.start <= i ? stretch.shift : rest;
    const unit = text.charCodeAt(i);
    writer.pushUnit(isAsciiLetter(unit) ? unshifted(unit, shift) : unit, rawStartOf(source, i), rawEndOf(source, i));
  }
  meter.add(text.length);
  return writer.finish("decoded:shifted", "raw", 0.9, source.depth + 1);
}
