/**
 * The learned scorer behind the engine's `Scorer` seam: the text is folded into the
 * model view, cut into overlapping windows, each window scored by the linear model, and
 * the highest-scoring window reported (a payload buried in a long document is judged on
 * its own window, not averaged away by the benign text around it).
 */
import type { Scorer, ScorerResult } from "../detect/contract";
import { FeatureSet } from "./feature-set";
import { prepareText, windowFeatures } from "./features";
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

export function createModelScorer(model: LinearModel): Scorer {
  // One scratch set per scorer: Workers run one request at a time per isolate thread.
  const set = new FeatureSet(model.config.bits);
  return {
    id: MODEL_SCORER_ID,
    version: model.version,
    score(text: string): ScorerResult {
      let best: WindowScore = { start: 0, end: 0, logit: -Infinity };
      for (const window of scoreWindows(model, text, set)) if (window.logit > best.logit) best = window;
      return { probability: sigmoid(best.logit), start: best.start, end: best.end };
    },
  };
}
