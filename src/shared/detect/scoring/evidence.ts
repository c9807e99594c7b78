/**
 * Evidence → risk. Each hit or signal is a probability-like weight (severity × how much
 * the view that found it is trusted); weights combine with a noisy-OR,
 * 1 − Π(1 − wᵢ), so evidence adds up with diminishing returns and never exceeds 1.
 */
import type { Category, Severity } from "../../schemas/common";

/**
 * Weight of one hit by severity, before view confidence. One high-severity signature
 * alone lands between the default flag (40) and block (70) thresholds: a block needs a
 * second piece of evidence (another signature, an evasion signal, untrusted content)
 * or a critical finding. Blocking real users is the costlier mistake (block FPR target
 * 0.1%), and a flag still reaches the tenant.
 */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  low: 0.25,
  medium: 0.45,
  high: 0.65,
  critical: 0.95,
};

/** Hits inside untrusted content (tool results, quoted documents) weigh this much more. */
export const UNTRUSTED_BOOST = 1.2;

/** Categories that describe an attack on the model; they pool their evidence for the verdict. */
export const ATTACK_FAMILY: ReadonlySet<Category> = new Set<Category>([
  "prompt_injection",
  "jailbreak",
  "system_prompt_extraction",
  "data_exfiltration",
  "tool_abuse",
  "evasion",
]);

/** One piece of evidence for a category, keyed so repeats of the same thing count once. */
export interface Evidence {
  category: Category;
  key: string;
  weight: number;
}

/** Noisy-OR of weights in 0..1. */
export function noisyOr(weights: Iterable<number>): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - Math.min(Math.max(w, 0), 0.999);
  return 1 - miss;
}

/** Risk (0..1) per category: the strongest weight per key, then a noisy-OR across keys. */
export function categoryRisks(evidence: readonly Evidence[]): Map<Category, number> {
  const strongest = new Map<Category, Map<string, number>>();
  for (const e of evidence) {
    let byKey = strongest.get(e.category);
    if (byKey === undefined) strongest.set(e.category, (byKey = new Map()));
    byKey.set(e.key, Math.max(byKey.get(e.key) ?? 0, e.weight));
  }
  const risks = new Map<Category, number>();
  for (const [category, byKey] of strongest) risks.set(category, noisyOr(byKey.values()));
  return risks;
}

/** 0..1 → integer 0..100. */
export function toScore(risk: number): number {
  return Math.min(100, Math.max(0, Math.round(risk * 100)));
}
