/**
 * Text written one character per line ("i\ng\nn\no\nr\ne", words apart by a blank line):
 * a model reads the column as words, a word-level pattern sees single letters. A text
 * with four or more one-letter lines in a row gets an `unstacked` view in which each
 * column (one-character and blank lines, at least four of them letters) is read as a line
 * of words: characters joined (punctuation, digits and other scripts too), a blank line a
 * space. Everything else is copied as it is.
 */
import { isLowerAsciiLetter } from "./unicode/char-classes";
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/**
 * Four one-letter lines in a row (checked on a folded view; the view itself reads either
 * case), written to start with a line break so the regex engine skips from one to the
 * next; a column at the very start is checked apart.
 */
const FOUR_STACKED = /\n[a-z]\n[a-z]\n[a-z]\n[a-z](?:\n|$)/;
const FOUR_STACKED_AT_START = /^[a-z]\n[a-z]\n[a-z]\n[a-z](?:\n|$)/;
/** One-letter lines a run needs to be read as words. */
const MIN_LETTERS = 4;

/** True when `folded` holds a column of single letters. */
export function stacksLetters(folded: string): boolean {
  return FOUR_STACKED_AT_START.test(folded) || FOUR_STACKED.test(folded);
}

/** A line of the text: [start, end) without its line break, and what it holds. */
interface Line {
  start: number;
  end: number;
  /** Offset of its one character, -1 for a blank line, -2 for anything else. */
  char: number;
  /** Code units of that character (2 for one outside the BMP). */
  width: number;
}

function classify(text: string, start: number, end: number): Line {
  let char = -1;
  let width = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20 || unit === 0x09 || unit === 0x0d) continue;
    if (char !== -1) return { start, end, char: -2, width: 0 };
    char = i;
    // A character outside the BMP is two code units: its second is part of it.
    width = unit >= 0xd800 && unit <= 0xdbff && i + 1 < end ? 2 : 1;
    i += width - 1;
  }
  return { start, end, char, width };
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const found = text.indexOf("\n", start);
    const end = found < 0 ? text.length : found;
    lines.push(classify(text, start, end));
    start = end + 1;
  }
  return lines;
}

/** `source` with its columns of letters read as lines of words; offsets map back through it. */
export function unstackedView(source: TextView, name: string, confidence: number, meter: WorkMeter): TextView | null {
  const text = source.text;
  meter.add(text.length);
  const lines = linesOf(text);
  const writer = new ViewWriter(text.length);
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) writer.pushUnit(text.charCodeAt(i), rawStartOf(source, i), rawEndOf(source, i));
  };
  let copied = 0;
  let changed = false;
  for (let first = 0; first < lines.length; ) {
    let last = first;
    let letters = 0;
    for (; last < lines.length && (lines[last] as Line).char !== -2; last++) {
      const line = lines[last] as Line;
      if (line.char >= 0 && isLowerAsciiLetter(text.charCodeAt(line.char) | 0x20)) letters++;
    }
    if (letters < MIN_LETTERS) {
      first = Math.max(last, first + 1);
      continue;
    }
    const run = lines.slice(first, last);
    copy(copied, (run[0] as Line).start);
    let pendingSpace: Line | null = null;
    let started = false;
    for (const line of run) {
      if (line.char < 0) {
        pendingSpace ??= line;
        continue;
      }
      if (pendingSpace !== null && started) writer.push(" ", rawStartOf(source, pendingSpace.start), rawEndOf(source, Math.max(pendingSpace.start, pendingSpace.end - 1)));
      pendingSpace = null;
      started = true;
      for (let k = 0; k < line.width; k++) writer.pushUnit(text.charCodeAt(line.char + k), rawStartOf(source, line.char + k), rawEndOf(source, line.char + k));
    }
    copied = (run[run.length - 1] as Line).end;
    changed = true;
    first = last;
  }
  if (!changed) return null;
  copy(copied, text.length);
  return writer.finish(name, source.kind, confidence, source.depth);
}
