import type { Engine, Scorer } from "./detect/contract";
import { createEngine } from "./detect/engine";
import { createDefaultModelScorer } from "./model";
import type { DetectionPolicy } from "./schemas/policy";
import type { CustomSignature } from "./schemas/signature";

export interface BuildOptions {
  /** `false` leaves the learned scorer out whatever the policy says (to measure signatures alone). */
  model?: boolean;
  /** Another scorer in place of the shipped model (tests, out-of-fold evaluation). */
  scorer?: Scorer;
}

let modelScorer: Scorer | null = null;

/** Decoding the weights costs milliseconds, so one scorer serves every engine in the isolate. */
function sharedModelScorer(): Scorer {
  modelScorer ??= createDefaultModelScorer();
  return modelScorer;
}

/**
 * Keeps a scorer's probability just under the policy's block point, so on its own it can
 * flag but never block; with any signature's evidence added (noisy-OR) it still can.
 * Why: on prompts unlike its training data the model's false positives run higher than
 * the 0.1% block budget (bench/redteam, leave-source-out CV), and a flag costs a user
 * nothing while a block costs them their request.
 */
export function flagOnly(scorer: Scorer, blockThreshold: number): Scorer {
  const ceiling = Math.max(0, (blockThreshold - 1) / 100);
  return {
    id: scorer.id,
    version: scorer.version,
    ...(scorer.category ? { category: scorer.category } : {}),
    score(text, context) {
      const result = scorer.score(text, context);
      return { ...result, probability: Math.min(result.probability, ceiling) };
    },
  };
}

function scorersFor(detection: DetectionPolicy, options: BuildOptions): Scorer[] {
  if (options.model === false || detection.model === "off") return [];
  const scorer = options.scorer ?? sharedModelScorer();
  return [detection.model === "block" ? scorer : flagOnly(scorer, detection.block_threshold)];
}

/**
 * The one way the product builds an engine (tenant DO, eval and bench harnesses), so
 * they all measure and run the same thing.
 */
export function buildEngine(detection: DetectionPolicy, customSignatures: CustomSignature[], options: BuildOptions = {}): Engine {
  return createEngine({ detection, customSignatures, scorers: scorersFor(detection, options) });
}
