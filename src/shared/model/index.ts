/**
 * The shipped learned scorer: weights and calibrated thresholds produced by
 * `npx tsx scripts/train.ts --data ../shared/data/dev` (see README.md and manifest.json).
 */
import type { Scorer } from "../detect/contract";
import manifest from "./manifest.json";
import { createModelScorer } from "./scorer";
import type { ModelThresholds } from "./thresholds";
import { decodeWeights } from "./weights";
import weightsFile from "./weights.json";

export { createModelScorer, MODEL_SCORER_ID, sigmoid } from "./scorer";
export { MODEL_BLOCK_PROBABILITY, MODEL_FLAG_PROBABILITY, riskFromLogit, type ModelThresholds } from "./thresholds";
export { decodeWeights, type LinearModel, type WeightsFile } from "./weights";

/** Calibrated on benign data held apart from training (manifest.json has the per-source figures). */
export const MODEL_THRESHOLDS: ModelThresholds = {
  flagLogit: manifest.thresholds.flag.logit,
  blockLogit: manifest.thresholds.block.logit,
};

/**
 * The scorer with the committed weights, its probability aligned to the policy scale
 * (MODEL_FLAG_PROBABILITY = 0.40 at ≤ 2% benign FPR, MODEL_BLOCK_PROBABILITY = 0.70 at
 * ≤ 0.1%). Decodes the weights on every call: build it once per isolate.
 */
export function createDefaultModelScorer(): Scorer {
  return createModelScorer(decodeWeights(weightsFile), MODEL_THRESHOLDS);
}
