import type { Engine, Scorer } from "./detect/contract";
import { createEngine } from "./detect/engine";
import { createDefaultModelScorer } from "./model";
import type { DetectionPolicy } from "./schemas/policy";
import type { CustomSignature } from "./schemas/signature";

export interface BuildOptions {
  /** Include the learned scorer (issue 4); on by default. `false` measures signatures alone. */
  model?: boolean;
}

let modelScorer: Scorer | null = null;

/** Decoding the weights costs milliseconds, so one scorer serves every engine in the isolate. */
function sharedModelScorer(): Scorer {
  modelScorer ??= createDefaultModelScorer();
  return modelScorer;
}

/**
 * The one way the product builds an engine (tenant DO, eval and bench harnesses), so
 * they all measure and run the same thing.
 */
export function buildEngine(detection: DetectionPolicy, customSignatures: CustomSignature[], options: BuildOptions = {}): Engine {
  const scorers = options.model === false ? [] : [sharedModelScorer()];
  return createEngine({ detection, customSignatures, scorers });
}
