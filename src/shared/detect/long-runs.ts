/**
 * Finds the maximal runs of a character class that are at least `min` units long
 * without reading every unit: such a run covers every `min`-th unit, so only those are
 * probed. A probe outside the class rules out every run that could start up to it; a
 * probe inside is widened to its whole run. In prose, where words are much shorter than
 * the runs looked for (base64 payloads, glued floods), most units are never read, and
 * none is read twice.
 */

/**
 * Calls `each(start, end)` for every maximal run of units for which `inRun` holds and
 * that is at least `min` (≥ 1) units long, in order, until `each` returns true.
 */
export function forEachLongRun(text: string, min: number, inRun: (unit: number) => boolean, each: (start: number, end: number) => boolean): void {
  const n = text.length;
  // The unit before `low` is outside the class (or `low` is 0): no run yet to find starts before it.
  let low = 0;
  while (low + min <= n) {
    const probe = low + min - 1;
    if (!inRun(text.charCodeAt(probe))) {
      low = probe + 1;
      continue;
    }
    let start = probe;
    while (start > low && inRun(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < n && inRun(text.charCodeAt(end))) end++;
    if (end - start >= min && each(start, end)) return;
    low = end + 1;
  }
}
