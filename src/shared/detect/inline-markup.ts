/**
 * Words cut by markup ("ig<b></b>nore", "dis**re**gard", "pass<!-- -->word"): a page or a
 * message renders them whole, and a model reads them whole, while every word-level
 * pattern sees fragments. Planted instructions in web pages use it to slip past filters.
 * A text gets an `unmarked` view when markup inside a word joins the two halves of one of
 * the words the signatures need (the rejoin vocabulary of split-words.ts): that shows the
 * cutting is deliberate, and then all markup between two letters or digits is dropped
 * (the other words and any key cut the same way read whole too). "Hello<br>World" and
 * "foo**bar**" alone are left as they are.
 */
import { isSignatureWord } from "./split-words";
import { isLowerAsciiLetter } from "./unicode/char-classes";
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/**
 * Markup that can sit inside a word: HTML tags and comments (short, on one line), and the
 * Markdown emphasis, strike-through and code markers. Single "_" and "*" are left out:
 * identifiers (user_id) and arithmetic (a*b) use them.
 */
const MARKUP = /(?:<!--[^\n]{0,40}?-->|<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>\n]{0,40})?\/?>|\*\*|__|~~|`)+/g;
/** Letters read on each side of a cut to find the word it splits. */
const WORD_REACH = 24;
const HINTS = ["<", "**", "__", "~~", "`"];

function isLetterOrDigit(unit: number): boolean {
  return isLowerAsciiLetter(unit) || (unit >= 0x30 && unit <= 0x39);
}

/**
 * The [start, end) spans of markup between two letters or digits in `folded`, when one of
 * them cuts a signature word in two; null otherwise.
 */
export function markupInsideWords(folded: string, meter: WorkMeter): Array<[number, number]> | null {
  if (!HINTS.some((hint) => folded.includes(hint))) return null;
  meter.add(folded.length);
  const spans: Array<[number, number]> = [];
  let deliberate = false;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(folded); m !== null; m = MARKUP.exec(folded)) {
    const end = m.index + m[0].length;
    if (!isLetterOrDigit(folded.charCodeAt(m.index - 1)) || !isLetterOrDigit(folded.charCodeAt(end))) continue;
    spans.push([m.index, end]);
    if (deliberate) continue;
    let wordStart = m.index;
    while (wordStart > 0 && m.index - wordStart < WORD_REACH && isLowerAsciiLetter(folded.charCodeAt(wordStart - 1))) wordStart--;
    let wordEnd = end;
    while (wordEnd < folded.length && wordEnd - end < WORD_REACH && isLowerAsciiLetter(folded.charCodeAt(wordEnd))) wordEnd++;
    const joined = folded.slice(wordStart, m.index) + folded.slice(end, wordEnd);
    meter.add(joined.length);
    deliberate = isSignatureWord(joined, 0, joined.length);
  }
  return deliberate ? spans : null;
}

/** `source` without the `spans` (sorted, apart); offsets map back through the source. */
export function withoutSpans(source: TextView, spans: ReadonlyArray<[number, number]>, name: string, confidence: number, meter: WorkMeter): TextView {
  const text = source.text;
  meter.add(text.length);
  const writer = new ViewWriter(text.length);
  let from = 0;
  for (const [start, end] of [...spans, [text.length, text.length] as [number, number]]) {
    for (let i = from; i < start; i++) writer.pushUnit(text.charCodeAt(i), rawStartOf(source, i), rawEndOf(source, i));
    from = end;
  }
  return writer.finish(name, source.kind, confidence, source.depth);
}
