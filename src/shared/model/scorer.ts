/**
 * The learned scorer behind the engine's `Scorer` seam: the text is folded into the
 * model view, its features weighed once per position, and every window scored from
 * prefix sums of those weights; the highest-scoring window is reported (a payload
 * buried in a long document is judged on its own window, not averaged away by the
 * benign text around it).
 */
import type { Scorer, ScorerResult } from "../detect/contract";
import { addCharNgramWeights, prepareText, TextScratch } from "./features";
import { quantize } from "./quantized";
import { type ModelThresholds, riskFromLogit } from "./thresholds";
import type { LinearModel } from "./weights";
import { windowSpans } from "./windows";

/** The engine prefixes scorer ids with "model.", so matches read `model.linear`. */
export const MODEL_SCORER_ID = "linear";

export interface WindowScore {
  /** Raw UTF-16 span of the window. */
  start: number;
  end: number;
  /** Log-odds of the window. */
  logit: number;
}

/** Scratch buffers for scoring, reused from call to call (a call runs to completion before the next). */
export class Workspace {
  readonly text = new TextScratch();
  /** weightSum[i]: summed weights of the counted features at view positions < i; featureCount likewise. */
  weightSum = new Float64Array(4097);
  featureCount = new Int32Array(4097);
  #extraSum = new Int32Array(4096);
  #extraCount = new Int32Array(4096);

  /** Zeroed per-position scratch for event weights (int8 code sums) and counts. */
  extraSum(length: number): Int32Array {
    if (this.#extraSum.length < length) this.#extraSum = new Int32Array(2 * length);
    this.#extraSum.fill(0, 0, length);
    return this.#extraSum;
  }

  extraCount(length: number): Int32Array {
    if (this.#extraCount.length < length) this.#extraCount = new Int32Array(2 * length);
    this.#extraCount.fill(0, 0, length);
    return this.#extraCount;
  }
}

export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** Log-odds of every window of `text`, in order. */
export function scoreWindows(model: LinearModel, text: string, workspace: Workspace): WindowScore[] {
  const { config, bias } = model;
  const prepared = prepareText(text, config, workspace.text, { charIds: false });
  const { view, length } = prepared;
  const { weightSum, featureCount } = prefixSums(model, view.codes, length, workspace);
  return windowSpans(length, config.window, config.stride).map(([a, b]) => {
    const count = (featureCount[b] ?? 0) - (featureCount[a] ?? 0);
    const logit = bias + (count > 0 ? ((weightSum[b] ?? 0) - (weightSum[a] ?? 0)) / Math.sqrt(count) : 0);
    return b > a ? { start: view.starts[a] ?? 0, end: view.ends[b - 1] ?? 0, logit } : { start: 0, end: 0, logit };
  });
}

/** Running sums over view positions of the counted features' weights and of their number. */
function prefixSums(model: LinearModel, units: Uint16Array, length: number, workspace: Workspace): Workspace {
  if (workspace.weightSum.length < length + 1) {
    workspace.weightSum = new Float64Array(2 * length + 1);
    workspace.featureCount = new Int32Array(2 * length + 1);
  }
  const { weightSum, featureCount } = workspace;
  const { config } = model;
  const { codes, scale } = quantize(model.weights);
  // Per position first (n-grams at their start, events at theirs), in int8 code units.
  const sums = workspace.extraSum(length);
  const counts = workspace.extraCount(length);
  addCharNgramWeights(units, length, config.charNgrams, (1 << config.bits) - 1, codes, sums, counts);
  const { eventPositions, eventIds } = workspace.text;
  const positions = eventPositions.data;
  const ids = eventIds.data;
  for (let e = 0; e < eventPositions.length; e++) {
    const id = ids[e] as number;
    if (id < 0) continue;
    const at = positions[e] as number;
    sums[at] = (sums[at] as number) + (codes[id] as number);
    counts[at] = (counts[at] as number) + 1;
  }
  let sum = 0;
  let count = 0;
  weightSum[0] = 0;
  featureCount[0] = 0;
  for (let i = 0; i < length; i++) {
    sum += sums[i] as number;
    count += counts[i] as number;
    // Integer sums scaled once per position: exact, whatever the order.
    weightSum[i + 1] = sum * scale;
    featureCount[i + 1] = count;
  }
  return workspace;
}

/** The highest-scoring window of `text` (the first of equals). */
export function bestWindow(model: LinearModel, text: string, workspace: Workspace): WindowScore {
  let best: WindowScore = { start: 0, end: 0, logit: -Infinity };
  for (const window of scoreWindows(model, text, workspace)) if (window.logit > best.logit) best = window;
  return best;
}

/**
 * With `thresholds`, `probability` is the policy-aligned score riskFromLogit / 100: 0.40
 * at the calibrated flag point, 0.70 at the block point, so the engine can use it on its
 * 0-100 risk scale as is. Without, it is the model's own sigmoid (trained class-balanced,
 * so 0.5 means "as likely as not" under equal priors, not at real traffic's base rate).
 */
export function createModelScorer(model: LinearModel, thresholds?: ModelThresholds): Scorer {
  const workspace = new Workspace();
  const output = thresholds === undefined ? sigmoid : (logit: number): number => riskFromLogit(logit, thresholds) / 100;
  return {
    id: MODEL_SCORER_ID,
    version: model.version,
    score(text: string): ScorerResult {
      const best = bestWindow(model, text, workspace);
      return { probability: output(best.logit), start: best.start, end: best.end };
    },
  };
}
