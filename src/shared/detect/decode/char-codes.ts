/**
 * Text written as decimal character codes ("73 103 110 111 114 101" is "Ignore"): the
 * "ASCII" cipher of cipher-based jailbreaks (CipherChat, ICLR 2024) and a way past any
 * filter that reads words. Codes are Unicode code points, so other scripts are written
 * with four or five digits. Runs of at least eight codes separated by spaces or commas are
 * decoded in place, into one view whose characters map back to their codes. A run whose
 * codes are mostly not letters is a table of numbers, not a message, and is refused.
 */
import { type TextView, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { type DecodedPiece, decodeRunsInPlace } from "./runs";

/**
 * Eight or more numbers of two to six digits, separated by a space, a comma or both,
 * and not part of a decimal number on either side ("1.20 1.21 …" are versions).
 */
const RUN = /(?:\d{2,6}(?:, ?| )){7,}\d{2,6}(?!\d|\.\d)/g;
/**
 * What may not stand right before a run: a digit, or a digit and a point. Checked on each
 * run found rather than as a lookbehind at its head, which kept the regex engine from
 * skipping ahead to the next digit (6 µs of a benign 4 KB prompt's time).
 */
const BEFORE_RUN = /\d\.?$/;
const CODE = /\d+/g;
/** Every code of a letter has one of these digits. */
const HINTS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
const LETTER = /\p{L}/u;

/** The source with its runs of character codes decoded in place; null when it has none. */
export function decodeCharCodes(source: TextView, meter: WorkMeter): TextView | null {
  return decodeRunsInPlace(source, meter, HINTS, RUN, "decoded:char-codes", (view, run, offset) =>
    BEFORE_RUN.test(view.text.slice(Math.max(0, offset - 2), offset)) ? null : decodeRun(view, run, offset),
  );
}

/** Printable: a line break, or a code point from space on that is no control, surrogate or noncharacter. */
function isPrintable(code: number): boolean {
  return code === 0x0a || (code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0) && !(code >= 0xd800 && code <= 0xdfff) && code <= 0x10ffff);
}

function decodeRun(source: TextView, run: string, offset: number): DecodedPiece[] | null {
  const pieces: DecodedPiece[] = [];
  let letters = 0;
  let printable = 0;
  let codes = 0;
  CODE.lastIndex = 0;
  for (let m = CODE.exec(run); m !== null; m = CODE.exec(run)) {
    codes++;
    const code = Number(m[0]);
    const char = isPrintable(code) ? String.fromCodePoint(code) : "?";
    if (char !== "?") printable++;
    if (LETTER.test(char)) letters++;
    pieces.push([char, rawStartOf(source, offset + m.index), rawEndOf(source, offset + m.index + m[0].length - 1)]);
  }
  // Written text is mostly letters (about 80% in English prose, spaces most of the rest),
  // and goes up and down: a list that only rises or only falls is numbers in order (years,
  // readings), which code points of some script would otherwise spell.
  return printable * 10 < codes * 9 || letters * 2 < codes || isMonotonic(run) ? null : pieces;
}

function isMonotonic(run: string): boolean {
  let rises = false;
  let falls = false;
  let previous = -1;
  CODE.lastIndex = 0;
  for (let m = CODE.exec(run); m !== null; m = CODE.exec(run)) {
    const code = Number(m[0]);
    if (previous >= 0 && code > previous) rises = true;
    if (previous >= 0 && code < previous) falls = true;
    previous = code;
  }
  return !(rises && falls);
}
