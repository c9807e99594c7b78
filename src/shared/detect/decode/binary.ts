/**
 * Text written as eight-bit binary groups ("01001001 01100111 …" is "Ig…"), a token
 * smuggling trick from the injection benchmarks (CyberSecEval's "token smuggling" cases
 * hide an override this way inside a résumé). A run of at least eight groups is decoded
 * in place into a view whose characters map back to their groups, so the usual
 * signatures read the message underneath. A group that is not eight bits (a typo in the
 * run) becomes "?" rather than ending the run.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { decodeRuns } from "./runs";

/** Eight or more groups of 0s and 1s separated by single spaces; stray lengths are tolerated inside. */
const RUN = /(?:[01]{6,9} ){7,}[01]{6,9}/g;
const GROUP = /[01]+/g;

/** One decoded view per binary run of the source, with raw offsets kept per character. */
export function decodeBinary(source: TextView, meter: WorkMeter): TextView[] {
  return decodeRuns(source, meter, ["0100", "0110"], RUN, decodeRun);
}

function decodeRun(source: TextView, run: string, offset: number): TextView | null {
  const writer = new ViewWriter(run.length);
  let printable = 0;
  let groups = 0;
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(run); m !== null; m = GROUP.exec(run)) {
    groups++;
    const code = m[0].length === 8 ? Number.parseInt(m[0], 2) : -1;
    const isPrintable = code === 0x0a || (code >= 0x20 && code < 0x7f);
    if (isPrintable) printable++;
    writer.push(isPrintable ? String.fromCharCode(code) : "?", rawStartOf(source, offset + m.index), rawEndOf(source, offset + m.index + m[0].length - 1));
  }
  // Mostly unprintable bytes are a bit pattern (a register dump, a bitmap), not text.
  if (printable * 10 < groups * 8) return null;
  return writer.finish("decoded:binary", "raw", 0.95, source.depth + 1);
}
