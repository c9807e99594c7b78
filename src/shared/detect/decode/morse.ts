/**
 * International Morse code (ITU-R M.1677-1) written with dots and dashes: a known way to
 * carry an instruction past a filter that reads words (".. --. -. --- .-. ." is IGNORE).
 * A run of at least eight codes, letters separated by one space and words by " / ", "|"
 * or two or more spaces, is decoded in place into a view whose letters map back to their
 * codes, so the usual signatures read the message underneath.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { decodeRuns } from "./runs";

const LETTERS: Readonly<Record<string, string>> = {
  ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i", ".---": "j",
  "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t",
  "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2",
  "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",",
  "..--..": "?", ".----.": "'", "-.-.--": "!", "-..-.": "/", "---...": ":", ".-..-.": '"', "-....-": "-", ".--.-.": "@",
};

/** A run of codes and separators; word gaps are " / ", "|" or two or more spaces. */
const RUN = /[.-]{1,7}(?:(?: {1,3}| ?[/|] ?)[.-]{1,7}){7,}/g;
const CODE = /[.-]{1,7}/g;

/** One decoded view per Morse run of the source, with raw offsets kept per letter. */
export function decodeMorse(source: TextView, meter: WorkMeter): TextView[] {
  return decodeRuns(source, meter, [".-", "-."], RUN, decodeRun);
}

function decodeRun(source: TextView, run: string, offset: number): TextView | null {
  const writer = new ViewWriter(run.length);
  let known = 0;
  let codes = 0;
  let previousEnd = 0;
  CODE.lastIndex = 0;
  for (let m = CODE.exec(run); m !== null; m = CODE.exec(run)) {
    const gap = run.slice(previousEnd, m.index);
    if (codes > 0 && (gap.length > 1 || gap.includes("/") || gap.includes("|"))) {
      writer.push(" ", rawStartOf(source, offset + previousEnd), rawEndOf(source, offset + m.index - 1));
    }
    const letter = LETTERS[m[0]];
    codes++;
    if (letter !== undefined) known++;
    writer.push(letter ?? "?", rawStartOf(source, offset + m.index), rawEndOf(source, offset + m.index + m[0].length - 1));
    previousEnd = m.index + m[0].length;
  }
  // Dashes and dots that are mostly not valid codes are a divider line, not a message.
  if (known * 10 < codes * 9) return null;
  return writer.finish("decoded:morse", "raw", 0.95, source.depth + 1);
}
