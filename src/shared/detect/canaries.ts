/**
 * Canary tokens: secret strings a tenant plants in its system prompt. One in a model's
 * answer proves the prompt leaked, so every view is searched — raw, case-folded,
 * spaced-out (squash) and decoded (a canary sent back in base64 or hex shows up in the
 * decoded views).
 */
import type { CompiledSignature } from "./compiled-signature";
import { detectorSignature } from "./detector-signature";
import type { Hit } from "./scan";
import { type TextView, toRawRange } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/** Identity under which canary leaks are reported. */
export const CANARY_SIGNATURE: CompiledSignature = detectorSignature("canary.leak.v1", 1, "canary_leak", "critical");

interface CompiledCanary {
  exact: string;
  folded: string;
  squashed: string;
}

/** Past this many occurrences in one view, more of the same leak adds nothing. */
const MAX_CANARY_HITS_PER_VIEW = 16;

/** A tenant's canaries, prepared once per engine. */
export class CanarySet {
  readonly #canaries: CompiledCanary[];

  constructor(tokens: readonly string[]) {
    this.#canaries = tokens.map((exact) => {
      const folded = exact.toLowerCase();
      return { exact, folded, squashed: folded.replace(/[^\p{L}\p{N}]/gu, "") };
    });
  }

  get size(): number {
    return this.#canaries.length;
  }

  /** Canary occurrences in any view, as hits in raw offsets; one hit per raw span (views overlap). */
  find(views: readonly TextView[], meter: WorkMeter): Hit[] {
    const hits: Hit[] = [];
    const seen = new Set<string>();
    for (const view of views) {
      for (const canary of this.#canaries) {
        const needle = view.kind === "raw" ? canary.exact : view.kind === "folded" ? canary.folded : canary.squashed;
        // A squashed canary shorter than 8 letters would match by accident.
        if (view.kind === "squash" && needle.length < 8) continue;
        meter.add(view.text.length);
        let found = 0;
        for (let at = view.text.indexOf(needle); at >= 0 && found < MAX_CANARY_HITS_PER_VIEW; at = view.text.indexOf(needle, at + needle.length)) {
          found++;
          const [start, end] = toRawRange(view, at, at + needle.length);
          const span = `${start}:${end}`;
          if (seen.has(span)) continue;
          seen.add(span);
          hits.push({ signature: CANARY_SIGNATURE, viewName: view.name, confidence: 1, start, end, viewStart: at, viewEnd: at + needle.length });
        }
      }
    }
    return hits;
  }
}
