/**
 * Finds the maximal runs of positions with some property that are at least `min` long
 * without testing every position: such a run covers every `min`-th position, so only
 * those are probed. A probe outside the property rules out every run that could start
 * up to it; a probe inside is widened to its whole run: backwards by tests (fewer than
 * `min`), forwards by as many tests and then, on a run longer than that, by the caller's
 * own search for the run's end, a native regex search where one exists, since runs can
 * be as long as the text. In prose, where words are much shorter than the runs looked
 * for (base64 payloads, glued floods), most positions are never looked at, and none is
 * looked at twice.
 */

/** The runs looked for: which positions belong to one, and where one ends. */
export interface RunProperty {
  /** Whether position `at` belongs to a run. */
  inRun(at: number): boolean;
  /** The first position from `from` on that belongs to no run (or the length), given that `from - 1` belongs to one. */
  runEnd(from: number): number;
}

/**
 * Calls `each(start, end)` for every maximal run of positions of [0, length) with the
 * property that is at least `min` (≥ 1) long, in order, until `each` returns true.
 */
export function forEachLongRun(length: number, min: number, property: RunProperty, each: (start: number, end: number) => boolean): void {
  // The position before `low` is outside the runs (or `low` is 0): no run yet to find starts before it.
  let low = 0;
  while (low + min <= length) {
    const probe = low + min - 1;
    if (!property.inRun(probe)) {
      low = probe + 1;
      continue;
    }
    let start = probe;
    while (start > low && property.inRun(start - 1)) start--;
    // Short runs (most of them) end within a few tests; a search call only pays on a long one.
    let end = probe + 1;
    const tested = Math.min(length, probe + min);
    while (end < tested && property.inRun(end)) end++;
    if (end === tested && end < length) end = property.runEnd(end);
    if (end - start >= min && each(start, end)) return;
    low = end + 1;
  }
}

/** Where a global regex matching one unit outside the runs next matches from `from` (the text's length if nowhere). */
export function nextUnitMatching(outside: RegExp, text: string, from: number): number {
  outside.lastIndex = from;
  return outside.test(text) ? outside.lastIndex - 1 : text.length;
}
