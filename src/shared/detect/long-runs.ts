/**
 * Finds the maximal runs of positions with some property that are at least `min` long
 * without testing every position: such a run covers every `min`-th position, so only
 * those are probed. A probe outside the property rules out every run that could start
 * up to it; a probe inside is widened to its whole run. In prose, where words are much
 * shorter than the runs looked for (base64 payloads, glued floods), most positions are
 * never tested, and none is tested twice.
 */

/**
 * Calls `each(start, end)` for every maximal run of positions of [0, length) for which
 * `inRun` holds and that is at least `min` (≥ 1) long, in order, until `each` returns true.
 */
export function forEachLongRun(length: number, min: number, inRun: (at: number) => boolean, each: (start: number, end: number) => boolean): void {
  // The position before `low` is outside the runs (or `low` is 0): no run yet to find starts before it.
  let low = 0;
  while (low + min <= length) {
    const probe = low + min - 1;
    if (!inRun(probe)) {
      low = probe + 1;
      continue;
    }
    let start = probe;
    while (start > low && inRun(start - 1)) start--;
    let end = probe + 1;
    while (end < length && inRun(end)) end++;
    if (end - start >= min && each(start, end)) return;
    low = end + 1;
  }
}
