/**
 * The occurrences of a few literals, one native `indexOf` walk each: what
 * `LiteralAutomaton.occurrences` reports for them, without stepping an automaton of
 * every head through each code unit of the text. A view's signatures often want one or
 * two literal heads ("<", ":"), and a native search skips the text between their
 * occurrences many times faster than the automaton walks it.
 */
import { startsAtWordBoundary, WANTED } from "./literal-automaton";
import { OccurrenceList, type Occurrences } from "./occurrences";

/**
 * For each id of `ids` (distinct), the occurrences of `literals[id]` in `text` that
 * `wanted[id]` asks for (`WANTED.everywhere` or `WANTED.atWordBoundary`), overlaps
 * included, at most `cap` listed per literal; `size` is the number of literal ids.
 */
export function searchLiterals(text: string, literals: readonly string[], ids: readonly number[], wanted: Uint8Array, cap: number, size: number): Occurrences {
  const found = new OccurrenceList(size, cap);
  for (const id of ids) {
    const literal = literals[id] as string;
    const atBoundary = wanted[id] === WANTED.atWordBoundary;
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      if (atBoundary && !startsAtWordBoundary(text, at)) continue;
      // Once crowded, a literal's list and flag no longer change: the rest of the text is not read for it.
      if (found.add(id, at)) break;
    }
  }
  return found.grouped();
}
