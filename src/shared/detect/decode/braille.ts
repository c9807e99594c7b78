/**
 * Text written in Unicode Braille patterns (U+2800-U+28FF), uncontracted English
 * Braille: "⠊⠛⠝⠕⠗⠑" is "ignore". A model reads it; a word filter does not. Runs of six
 * or more cells are decoded in place, into one view whose letters map back to their cells;
 * the capital sign is dropped, the blank cell and spaces are word breaks, and a cell that
 * is no letter or common punctuation becomes "?".
 */
import { type TextView, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { type DecodedPiece, decodeRunsInPlace } from "./runs";

/** Letters a-z, then common punctuation, by the cell's dots (the code point minus U+2800). */
const CELLS = new Map<number, string>(
  [
    [0x01, "a"], [0x03, "b"], [0x09, "c"], [0x19, "d"], [0x11, "e"], [0x0b, "f"], [0x1b, "g"], [0x13, "h"], [0x0a, "i"], [0x1a, "j"],
    [0x05, "k"], [0x07, "l"], [0x0d, "m"], [0x1d, "n"], [0x15, "o"], [0x0f, "p"], [0x1f, "q"], [0x17, "r"], [0x0e, "s"], [0x1e, "t"],
    [0x25, "u"], [0x27, "v"], [0x3a, "w"], [0x2d, "x"], [0x3d, "y"], [0x35, "z"],
    [0x02, ","], [0x32, "."], [0x16, "!"], [0x26, "?"], [0x06, ";"], [0x12, ":"], [0x24, "-"], [0x04, "'"],
  ] as const,
);
const CAPITAL_SIGN = 0x20;
const BLANK = 0x00;

const RUN = /[\u2800-\u28ff][\u2800-\u28ff ]{5,}/g;
const HAS_BRAILLE = /[\u2800-\u28ff]/;

/** The source with its Braille runs decoded in place; null when it has none. */
export function decodeBraille(source: TextView, meter: WorkMeter): TextView | null {
  if (!HAS_BRAILLE.test(source.text)) return null;
  return decodeRunsInPlace(source, meter, null, RUN, "decoded:braille", (view, run, offset) => {
    const pieces: DecodedPiece[] = [];
    for (let k = 0; k < run.length; k++) {
      const dots = run.charCodeAt(k) - 0x2800;
      if (dots === CAPITAL_SIGN) continue;
      const letter = dots === BLANK || dots < 0 ? " " : (CELLS.get(dots) ?? "?");
      pieces.push([letter, rawStartOf(view, offset + k), rawEndOf(view, offset + k)]);
    }
    return pieces;
  });
}
