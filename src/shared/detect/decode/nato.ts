/**
 * Text spelled in the NATO phonetic alphabet ("India Golf November Oscar Romeo Echo" is
 * IGNORE): one of the encodings LLM red-teaming tools wrap payloads in. Six or more code
 * words in a row are decoded in place into a view whose letters map back to their words;
 * a slash, a bar, the word "space" or a wider gap between two code words is a word break.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

const CODE_WORDS = /\b(alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)\b/gi;
/** What may stand between two code words of one run. */
const GAP = /^[\s,.;/|()-]*(?:space)?[\s,.;/|()-]*$/i;
/** A gap that ends a word rather than a letter. */
const WORD_BREAK = /[/|\n]|space| {2}/i;
const MAX_GAP = 12;
const MIN_WORDS = 6;
/** Runs decoded per source, as the other run decoders cap theirs. */
const MAX_RUNS = 8;

/** One decoded view per run of NATO code words in the source. */
export function decodeNato(source: TextView, meter: WorkMeter): TextView[] {
  const text = source.text;
  meter.add(text.length);
  const views: TextView[] = [];
  let run: RegExpExecArray[] = [];
  const flush = (): void => {
    if (run.length >= MIN_WORDS && views.length < MAX_RUNS) views.push(decodeRun(source, run));
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
  return views;
}

function decodeRun(source: TextView, run: readonly RegExpExecArray[]): TextView {
  const text = source.text;
  const writer = new ViewWriter(run.length * 2);
  let previousEnd = -1;
  for (const m of run) {
    if (previousEnd >= 0 && WORD_BREAK.test(text.slice(previousEnd, m.index))) {
      writer.push(" ", rawStartOf(source, previousEnd), rawEndOf(source, m.index - 1));
    }
    writer.push((m[1] ?? "?").charAt(0).toLowerCase(), rawStartOf(source, m.index), rawEndOf(source, m.index + m[0].length - 1));
    previousEnd = m.index + m[0].length;
  }
  return writer.finish("decoded:nato", "raw", 0.95, source.depth + 1);
}
