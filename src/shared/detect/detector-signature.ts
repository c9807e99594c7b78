/**
 * Procedural detectors (canaries, many-shot dialogues, learned scorers) report under a
 * signature identity of their own, so their hits travel through scoring, verdicts and
 * matches exactly like regex hits.
 */
import type { Category, Severity } from "../schemas/common";
import type { CompiledSignature } from "./compiled-signature";
import type { Hit } from "./scan";
import { type TextView, toRawRange } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/** A signature identity for a detector that is not a regex. */
export function detectorSignature(id: string, version: number, category: Category, severity: Severity): CompiledSignature {
  return {
    id,
    version,
    category,
    severity,
    target: "raw",
    regex: null,
    anchorKeys: null,
    literals: null,
    literalsNonAscii: false,
    squashed: [],
    allOf: null,
    validate: null,
    directions: ["input", "output"],
    untrustedOnly: false,
    redactAs: null,
    mode: "enforce",
    action: null,
    custom: false,
  };
}

/** A detector's hit over [viewStart, viewEnd) of `view`, mapped back to the raw text. */
export function hitInView(signature: CompiledSignature, view: TextView, viewStart: number, viewEnd: number): Hit {
  const [start, end] = toRawRange(view, viewStart, viewEnd);
  return { signature, viewName: view.name, confidence: view.confidence, start, end, viewStart, viewEnd };
}

/**
 * The first hit a span finder reports on the views of one kind, in view order (the text
 * as written first, then the views that undo evasions), as `signature`.
 */
export function firstHitInViews(
  signature: CompiledSignature,
  views: readonly TextView[],
  kind: TextView["kind"],
  meter: WorkMeter,
  find: (text: string, meter: WorkMeter) => [number, number] | null,
): Hit | null {
  for (const view of views) {
    if (view.kind !== kind) continue;
    const found = find(view.text, meter);
    if (found !== null) return hitInView(signature, view, found[0], found[1]);
  }
  return null;
}

/** The first match of `pattern` in `text` as [start, end), counting the text read (a `firstHitInViews` finder). */
export function firstMatch(pattern: RegExp, text: string, meter: WorkMeter): [number, number] | null {
  meter.add(text.length);
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m === null ? null : [m.index, m.index + m[0].length];
}
