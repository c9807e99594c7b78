/**
 * The sentence around a match, for validators that weigh a match by its sentence (a rule's
 * negation, the other party of a request). Bounded on each side, so many matches in one long
 * line stay linear.
 */

/**
 * Marks that end a sentence: "." only before a space and not after an abbreviation; "。", "۔",
 * the Arabic question mark "؟", the Devanagari danda "।" and a line end always.
 */
const FULL_STOP = /[.!?]/;
const WIDE_STOP = /[。！？۔؟।\n]/u;
/** Words that end in a full stop within a sentence: "(e.g. "stop translating…")". */
const ABBREVIATION = /(?:^|[^\p{L}.])(?:e\.g|i\.e|etc|vs|cf|z\.b|d\.h|p\.ej|ex|bzw|usw|т\.е|т\.д|и\.т\.п)$/iu;

/** Whether a sentence ends just before `at`. */
function sentenceBreak(text: string, at: number): boolean {
  const mark = text[at - 1] as string;
  if (WIDE_STOP.test(mark)) return true;
  if (!FULL_STOP.test(mark) || !/\s/.test(text[at] ?? " ")) return false;
  return mark !== "." || !ABBREVIATION.test(text.slice(Math.max(0, at - 12), at - 1));
}

/** [from, to) of the sentence holding [start, end), read at most `reach` characters beyond the match on each side. */
export function sentenceAround(text: string, start: number, end: number, reach: number): [number, number] {
  const first = Math.max(0, start - reach);
  const last = Math.min(text.length, end + reach);
  let from = start;
  while (from > first && !sentenceBreak(text, from)) from--;
  let to = end;
  while (to < last && !sentenceBreak(text, to + 1)) to++;
  return [from, to];
}
