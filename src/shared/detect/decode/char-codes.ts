/**
 * Text written as decimal character codes ("73 103 110 111 114 101" is "Ignore"): the
 * "ASCII" cipher of cipher-based jailbreaks (CipherChat, ICLR 2024) and a way past any
 * filter that reads words. A run of at least eight codes separated by spaces or commas is
 * decoded in place into a view whose characters map back to their codes. A run whose
 * codes are mostly not letters is a table of numbers, not a message, and is refused.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { decodeRuns } from "./runs";

/**
 * Eight or more numbers of two or three digits, separated by a space, a comma or both,
 * and not part of a decimal number on either side ("1.20 1.21 …" are versions).
 */
const RUN = /(?<!\d|\d\.)(?:\d{2,3}(?:, ?| )){7,}\d{2,3}(?!\d|\.\d)/g;
const CODE = /\d+/g;
/** Every printable code of a letter has one of these digits: 65-90 and 97-122. */
const HINTS = ["6", "7", "8", "9", "10", "11", "12"];

/** One decoded view per run of character codes in the source. */
export function decodeCharCodes(source: TextView, meter: WorkMeter): TextView[] {
  return decodeRuns(source, meter, HINTS, RUN, decodeRun);
}

function isLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function decodeRun(source: TextView, run: string, offset: number): TextView | null {
  const writer = new ViewWriter(run.length);
  let letters = 0;
  let printable = 0;
  let codes = 0;
  CODE.lastIndex = 0;
  for (let m = CODE.exec(run); m !== null; m = CODE.exec(run)) {
    codes++;
    const code = Number(m[0]);
    const isPrintable = code === 0x0a || (code >= 0x20 && code < 0x7f);
    if (isPrintable) printable++;
    if (isLetterCode(code)) letters++;
    writer.push(isPrintable ? String.fromCharCode(code) : "?", rawStartOf(source, offset + m.index), rawEndOf(source, offset + m.index + m[0].length - 1));
  }
  // Written text is mostly letters (about 80% in English prose, spaces most of the rest).
  if (printable * 10 < codes * 9 || letters * 2 < codes) return null;
  return writer.finish("decoded:char-codes", "raw", 0.95, source.depth + 1);
}
