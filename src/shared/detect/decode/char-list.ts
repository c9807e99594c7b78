/**
 * Text spelled out as a list of one-character strings (`["A","c","c","e","s","s"]`,
 * `'i', 'g', 'n', 'o', 'r', 'e'`): the Tensor Trust players' way to make a model say a
 * phrase it is told never to say, and a way to keep an override's words away from any
 * word filter. Lists of six or more such strings are joined in place into one view whose
 * characters map back to their strings; several lists ("the first word being [...] and
 * the next [...]") are joined with a space, so the phrase they spell together is read.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

/** Six or more quoted single characters separated by commas (the quote may differ per item). */
const RUN = /["'][^"'\\\n]["'](?: {0,3}, {0,3}["'][^"'\\\n]["']){5,}/g;
const ITEM = /["']([^"'\\\n])["']/g;
const HINTS = ['","', '", "', "','", "', '"];
/** Lists read per source, as the other run decoders cap theirs: past this it is a data dump. */
const MAX_LISTS = 8;

/** The character lists of the source joined into one view, or nothing when it has none. */
export function decodeCharacterLists(source: TextView, meter: WorkMeter): TextView[] {
  const text = source.text;
  if (!HINTS.some((hint) => text.includes(hint))) return [];
  meter.add(text.length);
  const writer = new ViewWriter(64);
  let lists = 0;
  let previousEnd = -1;
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run !== null && lists < MAX_LISTS; run = RUN.exec(text)) {
    // The words of separate lists are separated by one space standing for the text between them.
    if (previousEnd >= 0) writer.push(" ", rawStartOf(source, previousEnd), rawEndOf(source, Math.max(previousEnd, run.index - 1)));
    ITEM.lastIndex = 0;
    for (let item = ITEM.exec(run[0]); item !== null; item = ITEM.exec(run[0])) {
      const at = run.index + item.index + 1;
      writer.push(item[1] as string, rawStartOf(source, at), rawEndOf(source, at));
    }
    previousEnd = run.index + run[0].length;
    lists++;
  }
  return lists === 0 ? [] : [writer.finish("decoded:chars", "raw", 0.9, source.depth + 1)];
}
