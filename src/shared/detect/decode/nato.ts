/**
 * Text spelled in the NATO phonetic alphabet ("India Golf November Oscar Romeo Echo" is
 * IGNORE): one of the encodings LLM red-teaming tools wrap payloads in. Runs of six or
 * more code words are decoded in place, into one view whose letters map back to their
 * words; a slash, a bar, the word "space" or a wider gap between two code words is a word
 * break.
 */
import { type TextView, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { type DecodedPiece, type DecodedRun, writeInPlace } from "./runs";

const CODE_WORDS = /\b(alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)\b/gi;
/** What may stand between two code words of one run. */
const GAP = /^[\s,.;/|()-]*(?:space)?[\s,.;/|()-]*$/i;
/** A gap that ends a word rather than a letter. */
const WORD_BREAK = /[/|\n]|space| {2}/i;
const MAX_GAP = 12;
const MIN_WORDS = 6;
/** Once one run shows the encoding, shorter runs are read too ("Oscar Papa Echo November 2 …"), but not one word alone. */
const MIN_WORDS_BESIDE = 2;

/** The source with its runs of NATO code words decoded in place; null when it has none. */
export function decodeNato(source: TextView, meter: WorkMeter): TextView | null {
  const text = source.text;
  meter.add(text.length);
  const runs: DecodedRun[] = [];
  let encoded = false;
  let run: RegExpExecArray[] = [];
  const flush = (): void => {
    if (run.length >= MIN_WORDS_BESIDE) runs.push(decodeRun(source, run));
    encoded ||= run.length >= MIN_WORDS;
    run = [];
  };
  CODE_WORDS.lastIndex = 0;
  for (let m = CODE_WORDS.exec(text); m !== null; m = CODE_WORDS.exec(text)) {
    const previous = run[run.length - 1];
    if (previous !== undefined) {
      const gap = text.slice(previous.index + previous[0].length, m.index);
      if (gap.length > MAX_GAP || !GAP.test(gap)) flush();
    }
    run.push(m);
  }
  flush();
  return encoded ? writeInPlace(source, runs, "decoded:nato", meter) : null;
}

function decodeRun(source: TextView, run: readonly RegExpExecArray[]): DecodedRun {
  const text = source.text;
  const pieces: DecodedPiece[] = [];
  let previousEnd = -1;
  for (const m of run) {
    if (previousEnd >= 0 && WORD_BREAK.test(text.slice(previousEnd, m.index))) pieces.push([" ", rawStartOf(source, previousEnd), rawEndOf(source, m.index - 1)]);
    pieces.push([(m[1] ?? "?").charAt(0).toLowerCase(), rawStartOf(source, m.index), rawEndOf(source, m.index + m[0].length - 1)]);
    previousEnd = m.index + m[0].length;
  }
  const first = run[0] as RegExpExecArray;
  return { start: first.index, end: previousEnd, pieces };
}
