/**
 * Folds that need context beyond one code point: letter spacing ("i g n o r e"),
 * homoglyphs (look-alikes mixed into Latin words), leetspeak and a ROT13 payload
 * announced as such. Each fires only when the text shows the trick, so genuine Russian,
 * Greek or numeric text is left as it is. The look-alike and leet tables are the
 * engine's (src/shared/detect/unicode); what is decided here is only *when* to apply them.
 */
import { type RejoinVocabulary, splitWordSpaces } from "../detect/split-words";
import { leetLetterAt } from "../detect/unicode/leet";
import { NO_METER } from "../detect/work-meter";
import { isSpaceCode, type ViewBuffer } from "./view-buffer";

function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0x24f);
}
function isCyrillicOrGreek(code: number): boolean {
  return code >= 0x370 && code <= 0x52f;
}
function isSingleAt(codes: Uint16Array, length: number, i: number): boolean {
  return !isSpaceCode(codes[i] ?? 0) && (i === 0 || isSpaceCode(codes[i - 1] ?? 0)) && (i + 1 >= length || isSpaceCode(codes[i + 1] ?? 0));
}

/**
 * "i g n o r e   a l l" → "ignore all": one-character tokens separated by a single raw
 * space are joined. A run of 4+ shows the trick is in use; only then are shorter runs
 * ("a l l") joined too, so ordinary text ("x = 1", "a b") keeps its spaces.
 */
export function collapseLetterSpacing(buffer: ViewBuffer): void {
  const { codes, single, length } = buffer;
  let longest = 0;
  forEachRun(codes, single, length, (_start, count) => (longest = Math.max(longest, count)));
  if (longest < 4) return;
  const drop = new Uint8Array(length);
  forEachRun(codes, single, length, (start, count) => {
    for (let i = start + 1; i < start + 2 * count - 1; i += 2) drop[i] = 1;
  });
  buffer.compact(drop);
}

/** Calls `visit(start, count)` for each maximal run (2+) of one-character tokens one single space apart. */
function forEachRun(codes: Uint16Array, single: Uint8Array, length: number, visit: (start: number, count: number) => void): void {
  let start = -1;
  let count = 0;
  for (let i = 0; i < length; i++) {
    if (!isSingleAt(codes, length, i)) continue;
    if (count > 0 && i === start + 2 * count && single[i - 1] === 1) {
      count++;
      continue;
    }
    if (count >= 2) visit(start, count);
    start = i;
    count = 1;
  }
  if (count >= 2) visit(start, count);
}

/**
 * Homoglyphs: a token mixing Latin letters and look-alikes is a look-alike attack, so its
 * look-alikes become Latin. When such tokens are common, every look-alike in the text is
 * folded (a fully substituted short word like "іѕ" has no Latin left to give it away).
 */
export function foldConfusables(buffer: ViewBuffer): void {
  const { codes, alt, length } = buffer;
  let mixed = 0;
  let foreign = 0;
  let start = 0;
  for (let i = 0; i <= length; i++) {
    if (i < length && !isSpaceCode(codes[i] ?? 0)) continue;
    let latin = false;
    let other = false;
    for (let k = start; k < i; k++) {
      const code = codes[k] ?? 0;
      latin ||= isLatinLetter(code) && alt[k] === 0;
      other ||= alt[k] !== 0 || isCyrillicOrGreek(code);
    }
    if (other) foreign++;
    if (latin && other) {
      mixed++;
      replaceLookalikes(buffer, start, i);
    }
    start = i + 1;
  }
  if (mixed > 0 && mixed * 3 >= foreign) replaceLookalikes(buffer, 0, length);
}

function replaceLookalikes(buffer: ViewBuffer, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const to = buffer.alt[i] ?? 0;
    if (to !== 0) buffer.codes[i] = to;
  }
}

/** Digits and symbols leetspeak uses for letters (the gate; the mapping is the engine's). */
function isLeetCode(code: number): boolean {
  return code === 0x30 || code === 0x31 || code === 0x33 || code === 0x34 || code === 0x35 || code === 0x37 || code === 0x40 || code === 0x24;
}

/**
 * Leetspeak ("1gn0r3"): folded only when a quarter of the tokens, and at least three,
 * mix letters with leet digits; numbers, versions and hashes in ordinary text stay.
 * Returns whether anything changed.
 */
export function foldLeetspeak(buffer: ViewBuffer, text: string): boolean {
  const { codes, length } = buffer;
  let words = 0;
  let leety = 0;
  let letter = false;
  let leet = false;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? (codes[i] ?? 0) : 0x20;
    if (isSpaceCode(code)) {
      if (letter || leet) words++;
      if (letter && leet) leety++;
      letter = false;
      leet = false;
      continue;
    }
    letter ||= isLatinLetter(code);
    leet ||= isLeetCode(code);
  }
  if (leety < 3 || leety * 4 < words) return false;
  let changed = false;
  for (let i = 0; i < length; i++) {
    const to = leetLetterAt(text, i, true);
    if (to === undefined) continue;
    codes[i] = to.charCodeAt(0);
    changed = true;
  }
  return changed;
}

const ROT13_MARKER = /rot[\s_-]?13/;

/** A payload announced as ROT13 is read decoded: Latin letters after the marker are rotated. */
export function foldRot13(buffer: ViewBuffer, text: string): boolean {
  const marker = ROT13_MARKER.exec(text);
  if (marker === null) return false;
  const { codes, length } = buffer;
  for (let i = marker.index + marker[0].length; i < length; i++) {
    const code = codes[i] ?? 0;
    if (code >= 0x61 && code <= 0x7a) codes[i] = ((code - 0x61 + 13) % 26) + 0x61;
  }
  return true;
}

/**
 * "ig nore prev ious instruc tions" → "ignore previous instructions": the spaces the
 * engine's `rejoined` view drops (split-words.ts), dropped here too, so the model reads
 * the words a split hides; `words` is the list the model was trained with. Returns
 * whether anything changed.
 */
export function rejoinSplitWords(buffer: ViewBuffer, text: string, words: RejoinVocabulary): boolean {
  const spaces = splitWordSpaces(text, NO_METER, undefined, words);
  if (spaces === null) return false;
  const drop = new Uint8Array(buffer.length);
  for (const at of spaces) drop[at] = 1;
  buffer.compact(drop);
  return true;
}
