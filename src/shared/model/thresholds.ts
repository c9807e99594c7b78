/**
 * The calibrated operating points of the shipped model and the mapping from its score
 * to the engine's 0-100 risk scale. The mapping pins the model's calibrated "flag"
 * point (≤ 2% benign FPR) to the policy's default flag threshold (40) and its "block"
 * point (≤ 0.1%) to the default block threshold (70), so a tenant who lowers
 * `flag_threshold` trades false positives for recall along the model's own curve.
 */
import { DEFAULT_POLICY } from "../schemas/policy";

export interface ModelThresholds {
  /** Log-odds at which the benign false-positive rate is within 2% (per source and pooled). */
  flagLogit: number;
  /** Log-odds at which it is within 0.1%. */
  blockLogit: number;
}

const FLAG_RISK = DEFAULT_POLICY.detection.flag_threshold;
const BLOCK_RISK = DEFAULT_POLICY.detection.block_threshold;
/** The default scorer's output at its calibrated flag and block points (risk / 100). */
export const MODEL_FLAG_PROBABILITY = FLAG_RISK / 100;
export const MODEL_BLOCK_PROBABILITY = BLOCK_RISK / 100;
/** Log-odds below the flag point that still add some risk, and above block that reach 100. */
const LOW_SPAN = 6;
const HIGH_SPAN = 4;

/** Piecewise linear in log-odds: 0 far below flag, 40 at flag, 70 at block, 100 well above. */
export function riskFromLogit(logit: number, t: ModelThresholds): number {
  const clamp = (x: number): number => Math.min(1, Math.max(0, x));
  if (logit < t.flagLogit) return FLAG_RISK * clamp((logit - (t.flagLogit - LOW_SPAN)) / LOW_SPAN);
  if (logit < t.blockLogit) return FLAG_RISK + (BLOCK_RISK - FLAG_RISK) * clamp((logit - t.flagLogit) / (t.blockLogit - t.flagLogit));
  return BLOCK_RISK + (100 - BLOCK_RISK) * clamp((logit - t.blockLogit) / HIGH_SPAN);
}
