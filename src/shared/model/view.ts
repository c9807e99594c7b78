/**
 * The text the model reads: raw input folded in one pass over typed buffers (NFKC +
 * lowercase, invisible characters dropped, tag characters read, whitespace collapsed),
 * base64/hex payloads spliced in decoded, then the rare context folds (letter spacing,
 * homoglyphs, leetspeak, announced ROT13) only when pass 1 saw the trick, and last the
 * words split by spaces rejoined as the engine's `rejoined` view rejoins them. Every view
 * unit maps back to its raw span. Evasion transforms then produce (nearly) the same
 * view as the plain text, which is what makes the model robust to them without having
 * to learn each trick.
 */
import type { RejoinVocabulary } from "../detect/split-words";
import { foldNonAscii, lookalikeCode, tagAscii, whitespaceKind } from "./code-point-fold";
import { type Blob, findBlobs } from "./encoded-blobs";
import { IntList } from "./int-list";
import { collapseLetterSpacing, foldConfusables, foldLeetspeak, foldRot13, rejoinSplitWords } from "./token-folds";
import { isSpaceCode, NEWLINE, SPACE, ViewBuffer } from "./view-buffer";

export interface ModelView {
  text: string;
  /** View code units (valid for i < text.length). */
  codes: Uint16Array;
  /** Raw UTF-16 offset where the source of view unit `i` starts (valid for i < text.length). */
  starts: Int32Array;
  /** Raw UTF-16 offset where the source of view unit `i` ends, exclusive. */
  ends: Int32Array;
}

/** Reusable buffers of one view builder (the arrays a view returns alias them until the next call). */
export class ViewScratch {
  readonly buffer = new ViewBuffer();
  readonly spare = new ViewBuffer();
  readonly stretches = new IntList(16);
}

const UTF16 = new TextDecoder("utf-16le");
/** Shortest stretch the engine's decoder would look at (16 base64 chars, 8 hex pairs). */
const ENCODED_RUN = 16;

/** `rejoin`: the words put back together when spaces split them (FeatureConfig.rejoinWords). */
export function buildModelView(raw: string, rejoin: RejoinVocabulary, scratch: ViewScratch = new ViewScratch()): ModelView {
  const { buffer } = scratch;
  const pass = foldRaw(raw, scratch);
  if (scratch.stretches.length > 0) {
    const blobs = findBlobs(raw, scratch.stretches);
    if (blobs.length > 0) pass.lookalikes = spliceBlobs(buffer, blobs, scratch.spare) || pass.lookalikes;
  }
  if (pass.spaced) collapseLetterSpacing(buffer);
  if (pass.lookalikes) foldConfusables(buffer);
  let text = textOf(buffer);
  // Leet inside a decoded payload is left to the signatures' views.
  if (pass.leety && foldLeetspeak(buffer, text)) text = textOf(buffer);
  if (foldRot13(buffer, text)) text = textOf(buffer);
  if (rejoinSplitWords(buffer, text, rejoin)) text = textOf(buffer);
  return { text, codes: buffer.codes, starts: buffer.starts, ends: buffer.ends };
}

function textOf(buffer: ViewBuffer): string {
  return UTF16.decode(buffer.codes.subarray(0, buffer.length));
}

/** What pass 1 saw, so the later passes run only when they can change something. */
interface PassOne {
  /** A look-alike letter (engine confusable table) occurred. */
  lookalikes: boolean;
  /** Four one-letter tokens one space apart occurred ("i g n o"). */
  spaced: boolean;
  /**
   * Letters touching leet digits ("h4ck", "1gn0re") three times or more, and at least a
   * quarter as often as words open with a letter: without that the leetspeak fold (three
   * leet tokens and a quarter of all tokens) cannot fire, so its pass is skipped.
   */
  leety: boolean;
}

// One table lookup per ASCII unit answers every question pass 1 asks about it.
const BASE64 = 1;
const HEX_OR_SEPARATOR = 2;
const LETTER = 4;
const LEET = 8;
const BLANK = 16;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) ASCII_CLASS[c] = (ASCII_CLASS[c] ?? 0) | BASE64;
  if (/[0-9A-Fa-f :]/.test(ch)) ASCII_CLASS[c] = (ASCII_CLASS[c] ?? 0) | HEX_OR_SEPARATOR;
  if (/[A-Za-z]/.test(ch)) ASCII_CLASS[c] = (ASCII_CLASS[c] ?? 0) | LETTER;
  if (/[0134579@$]/.test(ch)) ASCII_CLASS[c] = (ASCII_CLASS[c] ?? 0) | LEET;
  if (/[ \t\n\r]/.test(ch)) ASCII_CLASS[c] = (ASCII_CLASS[c] ?? 0) | BLANK;
}
// Indexed by (previous class << 5 | class). LEET_TOUCH: a letter touches a leet digit ("h4",
// "0r"). WORD_START: a letter opens a token after ASCII whitespace, so the text has at least
// that many words (the leetspeak fold's own denominator, see PassOne.leety).
const LEET_TOUCH = Uint8Array.from({ length: 1024 }, (_, pair) => {
  const before = pair >> 5;
  const cls = pair & 31;
  return ((cls & LEET) !== 0 && (before & LETTER) !== 0) || ((cls & LETTER) !== 0 && (before & LEET) !== 0) ? 1 : 0;
});
const WORD_START = Uint8Array.from({ length: 1024 }, (_, pair) => (((pair >> 5) & BLANK) !== 0 && (pair & LETTER) !== 0 ? 1 : 0));
const ASCII_LOWER = Uint8Array.from({ length: 128 }, (_, c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c));

/** Adds raw [start, end) to the stretches worth decoding, merged with the last one when they touch. */
function markEncoded(stretches: IntList, start: number, end: number): void {
  const last = stretches.length - 1;
  if (last > 0 && stretches.at(last) >= start) stretches.data[last] = Math.max(stretches.at(last), end);
  else {
    stretches.push(start);
    stretches.push(end);
  }
}

/**
 * Pass 1: per-code-point folds with whitespace collapsed on the fly, one read per raw
 * unit. Printable ASCII (nearly all traffic) is written straight into local references
 * to the buffer's arrays (codes and spans only: `alt` and `single` are zeroed up front by
 * `reset`); everything else goes through the helpers, after which the references are
 * reloaded (a helper may have grown the arrays).
 */
function foldRaw(raw: string, scratch: ViewScratch): PassOne {
  const { buffer, stretches } = scratch;
  const rawLength = raw.length;
  buffer.reset(rawLength + 16);
  stretches.clear();
  const pass: PassOne = { lookalikes: false, spaced: false, leety: false };
  let { codes, starts, ends, single } = buffer;
  let n = 0;
  let leetTouches = 0;
  let wordStarts = 0;
  let prevClass = BLANK;
  let base64Run = 0;
  let hexRun = 0;
  let singles = 0;
  // The two raw units (a surrogate pair counts as one) before unit i: unit i - 1 is judged
  // a one-character token once unit i is known, so no unit is read twice.
  let prev = SPACE;
  let prev2 = SPACE;
  let i = 0;
  while (i < rawLength) {
    const unit = raw.charCodeAt(i);
    if (prev !== SPACE) {
      // One-character tokens one space apart ("i g n o"): 4 in a row open the exact pass.
      singles = prev2 === SPACE && unit === SPACE ? singles + 1 : 0;
      if (singles >= 4) pass.spaced = true;
    }
    if (unit < 0x80) {
      const cls = ASCII_CLASS[unit] as number;
      // Branch-free run lengths: the mask is 0 when the class bit is off, all ones when on.
      base64Run = (base64Run + 1) & -(cls & BASE64);
      hexRun = (hexRun + 1) & -((cls & HEX_OR_SEPARATOR) >> 1);
      // Both under 16 exactly when their bitwise OR is.
      if ((base64Run | hexRun) >= ENCODED_RUN) markEncoded(stretches, i + 1 - Math.max(base64Run, hexRun), i + 1);
      leetTouches += LEET_TOUCH[(prevClass << 5) | cls] as number;
      wordStarts += WORD_START[(prevClass << 5) | cls] as number;
      prevClass = cls;
      if (unit > SPACE && unit !== 0x7f) {
        codes[n] = ASCII_LOWER[unit] as number;
        starts[n] = i;
        ends[n] = i + 1;
        n++;
      } else if (unit === SPACE && n > 0 && (codes[n - 1] === SPACE || codes[n - 1] === NEWLINE)) {
        single[n - 1] = 0;
      } else if (unit === SPACE) {
        // What `space` would push, written in place: one space per word makes this the
        // commonest unit after letters.
        codes[n] = SPACE;
        starts[n] = i;
        ends[n] = i + 1;
        single[n] = prev !== SPACE && i + 1 < rawLength && raw.charCodeAt(i + 1) !== SPACE ? 1 : 0;
        n++;
      } else {
        buffer.length = n;
        ascii(buffer, unit, i, i + 1);
        n = buffer.length;
      }
      prev2 = prev;
      prev = unit;
      i++;
      if ((cls & LETTER) !== 0) {
        // Lowercase letters after a letter (most of any text) change nothing but the view and
        // the encoded-run counters: no one-character token, leet touch or word start.
        let next = raw.charCodeAt(i);
        while (next >= 0x61 && next <= 0x7a) {
          base64Run++;
          hexRun = next <= 0x66 ? hexRun + 1 : 0;
          if ((base64Run | hexRun) >= ENCODED_RUN) markEncoded(stretches, i + 1 - Math.max(base64Run, hexRun), i + 1);
          codes[n] = next;
          starts[n] = i;
          ends[n] = i + 1;
          n++;
          singles = 0;
          prev2 = prev;
          prev = next;
          i++;
          next = raw.charCodeAt(i);
        }
        prevClass = ASCII_CLASS[prev] as number;
      }
      continue;
    }
    base64Run = 0;
    hexRun = 0;
    prevClass = 0;
    const cp = raw.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    buffer.length = n;
    pass.lookalikes = foldOne(buffer, cp, i, i + width) || pass.lookalikes;
    i += width;
    // NFKC can expand one code point into several units: keep one free unit per raw unit.
    buffer.ensure(buffer.length + rawLength - i + 16);
    ({ codes, starts, ends, single } = buffer);
    n = buffer.length;
    prev2 = prev;
    prev = unit;
  }
  if (prev !== SPACE && prev2 === SPACE && singles + 1 >= 4) pass.spaced = true;
  buffer.length = n;
  pass.leety = leetTouches >= 3 && leetTouches * 4 >= wordStarts;
  return pass;
}

/**
 * Rebuilds the view with each blob's decoded text in place of the units of its encoded
 * span. Returns whether a decoded look-alike was seen.
 */
function spliceBlobs(buffer: ViewBuffer, blobs: readonly Blob[], out: ViewBuffer): boolean {
  let lookalikes = false;
  out.reset(buffer.length + 16);
  let u = 0;
  for (const blob of blobs) {
    let k = u;
    while (k < buffer.length && (buffer.starts[k] ?? 0) < blob.start) k++;
    out.append(buffer, u, k);
    // Spaces around the payload keep its first and last words apart from the carrier's.
    space(out, SPACE, blob.start, blob.end);
    for (let c = 0; c < blob.text.length; ) {
      const cp = blob.text.codePointAt(c) ?? 0;
      lookalikes = foldOne(out, cp, blob.start, blob.end) || lookalikes;
      c += cp > 0xffff ? 2 : 1;
    }
    space(out, SPACE, blob.start, blob.end);
    while (k < buffer.length && (buffer.starts[k] ?? 0) < blob.end) k++;
    if (k < buffer.length && isSpaceCode(buffer.codes[k] ?? 0)) k++;
    u = k;
  }
  out.append(buffer, u, buffer.length);
  buffer.swap(out);
  return lookalikes;
}

/** ASCII that is not printable: whitespace collapsed, controls dropped. */
function ascii(buffer: ViewBuffer, unit: number, start: number, end: number): void {
  if (unit > SPACE && unit !== 0x7f) buffer.push(unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit, start, end, 0, 0);
  else if (unit === SPACE) space(buffer, SPACE, start, end);
  else {
    const kind = whitespaceKind(unit);
    if (kind >= 0) space(buffer, kind, start, end);
  }
}

function foldOne(buffer: ViewBuffer, cp: number, start: number, end: number): boolean {
  if (cp < 0x80) {
    ascii(buffer, cp, start, end);
    return false;
  }
  const tag = tagAscii(cp);
  if (tag >= 0) {
    ascii(buffer, tag, start, end);
    return false;
  }
  const folded = foldNonAscii(cp);
  const alt = folded.length === 1 ? lookalikeCode(cp) : 0;
  for (let k = 0; k < folded.length; k++) {
    const unit = folded.charCodeAt(k);
    const kind = whitespaceKind(unit);
    if (kind >= 0) space(buffer, kind, start, end);
    else buffer.push(unit, start, end, alt, 0);
  }
  return alt !== 0;
}

/** Runs of spaces become one space; a run containing a line break becomes one newline. */
function space(buffer: ViewBuffer, kind: number, start: number, end: number): void {
  const last = buffer.length - 1;
  if (last >= 0 && isSpaceCode(buffer.codes[last] ?? 0)) {
    buffer.single[last] = 0;
    if (kind === NEWLINE && buffer.codes[last] === SPACE) {
      buffer.codes[last] = NEWLINE;
      buffer.starts[last] = start;
      buffer.ends[last] = end;
    }
    return;
  }
  buffer.push(kind, start, end, 0, 0);
}
