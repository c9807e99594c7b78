/**
 * The learned scorer behind the engine's `Scorer` seam: the text is folded into the
 * model view, cut into overlapping windows, each window scored by the linear model, and
 * the highest-scoring window reported (a payload buried in a long document is judged on
 * its own window, not averaged away by the benign text around it).
 */
import type { Scorer, ScorerResult } from "../detect/contract";
import { FeatureSet } from "./feature-set";
import { prepareText, windowFeatures } from "./features";
import { type ModelThresholds, riskFromLogit } from "./thresholds";
import type { LinearModel } from "./weights";
import { windowSpans } from "./windows";

export const MODEL_SCORER_ID = "model.linear";

export interface WindowScore {
  /** Raw UTF-16 span of the window. */
  start: number;
  end: number;
  /** Log-odds of the window. */
  logit: number;
}

export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** Log-odds of every window of `text`, in order. */
export function scoreWindows(model: LinearModel, text: string, set: FeatureSet): WindowScore[] {
  const { config, weights, bias } = model;
  const prepared = prepareText(text, config);
  const { view } = prepared;
  return windowSpans(view.text.length, config.window, config.stride).map(([a, b]) => {
    windowFeatures(prepared, config, a, b, set);
    let sum = 0;
    for (let i = 0; i < set.count; i++) sum += weights[set.ids[i] ?? 0] ?? 0;
    const logit = bias + (set.count > 0 ? sum / Math.sqrt(set.count) : 0);
    return b > a ? { start: view.starts[a] ?? 0, end: view.ends[b - 1] ?? 0, logit } : { start: 0, end: 0, logit };
  });
}

/**
 * With `thresholds`, `probability` is the policy-aligned score riskFromLogit / 100: 0.40
 * at the calibrated flag point, 0.70 at the block point, so the engine can use it on its
 * 0-100 risk scale as is. Without, it is the model's own sigmoid (trained class-balanced,
 * so 0.5 means "as likely as not" under equal priors, not at real traffic's base rate).
 */
export function createModelScorer(model: LinearModel, thresholds?: ModelThresholds): Scorer {
  // One scratch set per scorer: a scorer call runs to completion before the next starts.
  const set = new FeatureSet(model.config.bits);
  const output = thresholds === undefined ? sigmoid : (logit: number): number => riskFromLogit(logit, thresholds) / 100;
  return {
    id: MODEL_SCORER_ID,
    version: model.version,
    score(text: string): ScorerResult {
      let best: WindowScore = { start: 0, end: 0, logit: -Infinity };
      for (const window of scoreWindows(model, text, set)) if (window.logit > best.logit) best = window;
      return { probability: output(best.logit), start: best.start, end: best.end };
    },
  };
}
