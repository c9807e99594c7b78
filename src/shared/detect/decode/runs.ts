/**
 * The walk shared by the in-place decoders of encoded runs (Morse, binary): a cheap
 * substring check, then every run the encoding's pattern finds, each decoded into its own
 * view. Past MAX_RUNS the rest is noise (a dump, not a message), as with the blob
 * decoders' budget.
 */
import type { TextView } from "../view-builder";
import type { WorkMeter } from "../work-meter";

const MAX_RUNS = 8;

/**
 * One decoded view per run of `run` (a global pattern) in `source`, skipped outright when
 * none of `hints` occurs. `decodeRun` may refuse a run (null) that only looks encoded.
 */
export function decodeRuns(
  source: TextView,
  meter: WorkMeter,
  hints: readonly string[],
  run: RegExp,
  decodeRun: (source: TextView, run: string, offset: number) => TextView | null,
): TextView[] {
  const text = source.text;
  if (!hints.some((hint) => text.includes(hint))) return [];
  meter.add(text.length);
  const views: TextView[] = [];
  run.lastIndex = 0;
  for (let m = run.exec(text); m !== null && views.length < MAX_RUNS; m = run.exec(text)) {
    const view = decodeRun(source, m[0], m.index);
    if (view !== null) views.push(view);
  }
  return views;
}
