/**
 * Folds that need context beyond one code point: letter spacing ("i g n o r e"),
 * homoglyphs (Cyrillic/Greek lookalikes mixed into Latin words), leetspeak and a ROT13
 * payload announced as such. Each fires only when the text shows the trick, so genuine
 * Russian, Greek or numeric text is left as it is.
 */
import { type CharBuffer, filterBuffer, forEachToken, isSpaceCode, NEWLINE, SPACE } from "./char-buffer";

/** Lowercase Cyrillic and Greek lookalikes of Latin letters (the view is lowercased first). */
const CONFUSABLES: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѵ": "v", "ɡ": "g", "α": "a", "β": "b", "ε": "e", "ζ": "z",
    "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "y",
    "χ": "x", "ϲ": "c", "ς": "c", "ω": "w",
  }).map(([from, to]) => [from.charCodeAt(0), to]),
);

const LEET: Readonly<Record<number, string>> = { 0x30: "o", 0x31: "i", 0x33: "e", 0x34: "a", 0x35: "s", 0x37: "t", 0x40: "a", 0x24: "s" };

function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0x24f);
}
function isCyrillicOrGreek(code: number): boolean {
  return code >= 0x370 && code <= 0x52f;
}

/**
 * "i g n o r e   a l l" → "ignore all": one-character tokens separated by single spaces
 * are joined. A run of 4+ shows the trick is in use; only then are shorter runs ("a l l")
 * joined too, so ordinary text ("x = 1", "a b") keeps its spaces.
 */
export function collapseLetterSpacing(buffer: CharBuffer): CharBuffer {
  const { codes } = buffer;
  const runs = singleCharacterRuns(codes);
  if (!runs.some(([, length]) => length >= 4)) return buffer;
  const drop = new Uint8Array(codes.length);
  for (const [start, length] of runs) for (let i = start + 1; i < start + 2 * length - 1; i += 2) drop[i] = 1;
  return filterBuffer(buffer, (i) => drop[i] === 0);
}

/** [start, length] of each maximal run (2+) of one-character tokens one space apart. */
function singleCharacterRuns(codes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let length = 0;
  const close = (): void => {
    if (length >= 2) runs.push([start, length]);
    length = 0;
  };
  for (let i = 0; i < codes.length; i++) {
    if (isSpaceCode(codes[i] ?? SPACE)) continue;
    const single = isSpaceCode(codes[i - 1] ?? SPACE) && isSpaceCode(codes[i + 1] ?? SPACE);
    if (!single) {
      close();
      continue;
    }
    if (!(length > 0 && i === start + 2 * length && codes[i - 1] === SPACE)) {
      close();
      start = i;
    }
    length++;
  }
  close();
  return runs;
}

/** Runs of spaces become one space; runs containing a line break become one newline. */
export function collapseWhitespace(buffer: CharBuffer): CharBuffer {
  const { codes } = buffer;
  const keep = new Uint8Array(codes.length);
  let i = 0;
  while (i < codes.length) {
    if (!isSpaceCode(codes[i] ?? 0)) {
      keep[i++] = 1;
      continue;
    }
    let j = i;
    let newline = -1;
    while (j < codes.length && isSpaceCode(codes[j] ?? 0)) {
      if (codes[j] === NEWLINE && newline < 0) newline = j;
      j++;
    }
    keep[newline >= 0 ? newline : i] = 1;
    i = j;
  }
  return filterBuffer(buffer, (k) => keep[k] === 1);
}

/**
 * Homoglyphs: a token mixing Latin and Cyrillic/Greek letters is a lookalike attack, so
 * its lookalikes become Latin. When such tokens are common, every lookalike in the text
 * is folded (a fully substituted short word like "іѕ" has no Latin left to give it away).
 */
export function foldConfusables(buffer: CharBuffer): void {
  const { codes } = buffer;
  const mixed: [number, number][] = [];
  let foreign = 0;
  forEachToken(codes, (start, end) => {
    let latin = false;
    let other = false;
    for (let i = start; i < end; i++) {
      const code = codes[i] ?? 0;
      latin ||= isLatinLetter(code);
      other ||= isCyrillicOrGreek(code);
    }
    if (other) foreign++;
    if (latin && other) mixed.push([start, end]);
  });
  if (mixed.length === 0) return;
  const everywhere = mixed.length * 3 >= foreign;
  const spans: [number, number][] = everywhere ? [[0, codes.length]] : mixed;
  for (const [start, end] of spans) replaceCodes(codes, start, end, CONFUSABLES);
}

/** Leetspeak ("1gn0r3"): folded only when many tokens mix letters with leet digits. */
export function foldLeetspeak(buffer: CharBuffer): void {
  const { codes } = buffer;
  let leety = 0;
  let words = 0;
  forEachToken(codes, (start, end) => {
    let letter = false;
    let leet = false;
    for (let i = start; i < end; i++) {
      const code = codes[i] ?? 0;
      letter ||= isLatinLetter(code);
      leet ||= LEET[code] !== undefined;
    }
    if (letter || leet) words++;
    if (letter && leet) leety++;
  });
  if (leety >= 3 && leety * 4 >= words) replaceCodes(codes, 0, codes.length, LEET);
}

const ROT13_MARKER = /rot[\s_-]?13/;

/** A payload announced as ROT13 is read decoded: Latin letters after the marker are rotated. */
export function foldRot13(buffer: CharBuffer, text: string): boolean {
  const marker = ROT13_MARKER.exec(text);
  if (marker === null) return false;
  const { codes } = buffer;
  for (let i = marker.index + marker[0].length; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code >= 0x61 && code <= 0x7a) codes[i] = ((code - 0x61 + 13) % 26) + 0x61;
  }
  return true;
}

function replaceCodes(codes: number[], start: number, end: number, table: Readonly<Record<number, string>>): void {
  for (let i = start; i < end; i++) {
    const to = table[codes[i] ?? 0];
    if (to !== undefined) codes[i] = to.charCodeAt(0);
  }
}
