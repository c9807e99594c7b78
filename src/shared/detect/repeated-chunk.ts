/**
 * A word-like chunk repeated back to back without spaces
 * ("useRalativeImagePathuseRalativeImagePath…", "YYSTACKartisanlibYYSTACKartisanlib…"):
 * glitch-token and repetition attacks (Rumbelow and Watkins 2023, "SolidGoldMagikarp";
 * Tensor Trust players found them by the hundred) that knock a model out of its
 * instructions. Human text does not glue one chunk of six letters or more to itself
 * eight times; base64 and hex of real data are not periodic, and padding ("AAAA…",
 * "0000…") repeats a chunk shorter than six. A regex cannot say "the same chunk again"
 * without a backreference, which the engine's regex safety rules out, so this detector
 * takes a few probes from each long run and checks whether they recur at one distance.
 */
import type { CompiledSignature } from "./compiled-signature";
import { detectorSignature } from "./detector-signature";
import { forEachLongRun, nextUnitMatching } from "./long-runs";
import { isWhitespaceUnit } from "./unicode/char-classes";
import type { Hit } from "./scan";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

export const REPEATED_CHUNK_SIGNATURE: CompiledSignature = detectorSignature("pi.repeated-chunk.v1", 1, "prompt_injection", "medium");

const MIN_PERIOD = 6;
const MAX_PERIOD = 32;
const MIN_REPEATS = 8;
/** Runs without whitespace at least this long can hold the repeats. */
const MIN_RUN = MIN_PERIOD * MIN_REPEATS;
/** Only the start of a very long run is read: a flood shows its period at once. */
const MAX_CHECKED = 4096;
/** Where in a run a probe is taken: a flood that fills most of the run covers one of them. */
const PROBE_AT = [0.5, 0.8];
const PROBE_LENGTH = 6;

/**
 * Occurrences of `probe` in `run` that follow each other at one distance p
 * (MIN_PERIOD ≤ p ≤ MAX_PERIOD) at least MIN_REPEATS times in a row: the chunk's period
 * and where the streak starts, or null. One native search per occurrence.
 */
function periodicStreak(run: string, probe: string): { period: number; start: number } | null {
  let previous = -1;
  let gap = 0;
  let streak = 0;
  let streakStart = 0;
  for (let at = run.indexOf(probe); at >= 0; at = run.indexOf(probe, at + 1)) {
    if (previous >= 0) {
      const distance = at - previous;
      if (distance === gap) streak++;
      else {
        gap = distance;
        streak = 1;
        streakStart = previous;
      }
      if (streak + 1 >= MIN_REPEATS && gap >= MIN_PERIOD && gap <= MAX_PERIOD) return { period: gap, start: streakStart };
    }
    previous = at;
  }
  return null;
}

const WHITESPACE = /\s/g;

/** The first run of a word-like chunk glued to itself, in the raw text. */
export function findRepeatedChunk(views: readonly TextView[], meter: WorkMeter): Hit | null {
  const raw = views.find((v) => v.kind === "raw");
  if (raw === undefined) return null;
  let hit: Hit | null = null;
  // Runs without whitespace long enough to hold the repeats; prose words are far shorter, so most of the text is never read.
  const text = raw.text;
  const solidRuns = { inRun: (at: number) => !isWhitespaceUnit(text.charCodeAt(at)), runEnd: (from: number) => nextUnitMatching(WHITESPACE, text, from) };
  forEachLongRun(text.length, MIN_RUN, solidRuns, (runStart, runEnd) => {
    const run = text.slice(runStart, Math.min(runEnd, runStart + MAX_CHECKED));
    // Each probe is one native search through the run.
    meter.add(run.length * PROBE_AT.length);
    for (const fraction of PROBE_AT) {
      const from = Math.floor(run.length * fraction);
      const found = periodicStreak(run, run.slice(from, from + PROBE_LENGTH));
      // A flood of words, not of punctuation: pi.token-flood covers ")]})]}".
      if (found === null || !/[A-Za-z]{3}/.test(run.slice(found.start, found.start + found.period))) continue;
      const start = runStart + found.start;
      hit = { signature: REPEATED_CHUNK_SIGNATURE, viewName: raw.name, confidence: raw.confidence, start, end: runEnd, viewStart: start, viewEnd: runEnd };
      return true;
    }
    return false;
  });
  return hit;
}
