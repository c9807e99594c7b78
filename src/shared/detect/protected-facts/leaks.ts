/**
 * Answers that give away a secret value the operator's prompt states ("The password is
 * 'Delta012'"): the value itself in any view of the answer, so spelled with spaces
 * between its letters, in another case or decoded from Base64 it is still found. Stated
 * values work as canaries the tenant never had to configure.
 */
import type { CompiledSignature } from "../compiled-signature";
import { detectorSignature, hitInView } from "../detector-signature";
import { type Hit, indexOfWord } from "../scan";
import type { TextView } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import type { ProtectedFacts } from "./declarations";

export const PROTECTED_VALUE_LEAK_SIGNATURE: CompiledSignature = detectorSignature("ex.protected-value-leak.v1", 1, "canary_leak", "critical");

/** Squashed (letters and digits only) values shorter than this would match by accident. */
const MIN_SQUASHED = 8;

/** The first occurrence of a stated secret value in an answer's views, if any. */
export function findProtectedValueLeak(facts: ProtectedFacts, views: readonly TextView[], meter: WorkMeter): Hit | null {
  if (facts.values.length === 0) return null;
  for (const view of views) {
    if (view.kind === "raw") continue;
    for (const value of facts.values) {
      meter.add(view.text.length);
      const needle = view.kind === "squash" ? value.replace(/[^\p{L}\p{N}]/gu, "") : value;
      if (view.kind === "squash" && needle.length < MIN_SQUASHED) continue;
      const at = view.kind === "squash" ? view.text.indexOf(needle) : indexOfWord(view.text, needle);
      if (at < 0) continue;
      return hitInView(PROTECTED_VALUE_LEAK_SIGNATURE, view, at, at + needle.length);
    }
  }
  return null;
}
