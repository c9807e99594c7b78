/**
 * The learned scorer behind the engine's `Scorer` seam: the text is folded into the
 * model view, its features weighed once, and every window scored from sums of those
 * weights between window edges; the highest-scoring window is reported (a payload
 * buried in a long document is judged on its own window, not averaged away by the
 * benign text around it), less a penalty for the number of windows it was the best of.
 */
import type { Scorer, ScorerResult } from "../detect/contract";
import { weighCharNgrams } from "./char-ngrams";
import type { EventList } from "./events";
import { classFeatureValue, prepareText, TextScratch } from "./features";
import { lengthPenalty } from "./length-penalty";
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
  /**
   * Per segment between checkpoints: summed int8 weight codes of its count-normalized
   * features and their number, and summed codes of its word-class events.
   */
  sums = new Float64Array(16);
  counts = new Float64Array(16);
  classSums = new Float64Array(16);

  #edges = new Int32Array(32);

  /** Scratch for `size` window edges. */
  edges(size: number): Int32Array {
    if (this.#edges.length < size) this.#edges = new Int32Array(2 * size);
    return this.#edges;
  }

  /** Zeroed segment sums for `segments` segments. */
  reset(segments: number): void {
    if (this.sums.length < segments) {
      this.sums = new Float64Array(2 * segments);
      this.counts = new Float64Array(2 * segments);
      this.classSums = new Float64Array(2 * segments);
    }
    this.sums.fill(0, 0, segments);
    this.counts.fill(0, 0, segments);
    this.classSums.fill(0, 0, segments);
  }
}

export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/**
 * Log-odds of every window of `text`, in order. Features are summed per segment between
 * the windows' edges (checkpoints), so a window's sum is a run of whole segments: no
 * array per view position.
 */
export function scoreWindows(model: LinearModel, text: string, workspace: Workspace): WindowScore[] {
  const { config, bias } = model;
  const { codes, scale } = quantize(model.weights);
  const prepared = prepareText(text, config, workspace.text, { charIds: false });
  const { view, length, prefix } = prepared;
  const spans = windowSpans(length, config.window, config.stride);
  const checkpoints = checkpointsOf(spans, workspace);
  workspace.reset(checkpoints.length);
  const { sums, counts, classSums } = workspace;
  const { plain, classes } = workspace.text.events;
  weighEvents(plain, checkpoints, codes, sums, counts);
  weighEvents(classes, checkpoints, codes, classSums, null);
  weighCharNgrams(prefix, length, config.charNgrams, config.bits, codes, checkpoints, sums, counts);
  for (let k = 1; k < checkpoints.length; k++) {
    sums[k] = (sums[k] as number) + (sums[k - 1] as number);
    counts[k] = (counts[k] as number) + (counts[k - 1] as number);
    classSums[k] = (classSums[k] as number) + (classSums[k - 1] as number);
  }
  return spans.map(([a, b]) => {
    const from = checkpoints.indexOf(a);
    const to = checkpoints.indexOf(b);
    const count = (counts[to] ?? 0) - (counts[from] ?? 0);
    // Integer code sums, scaled once per window: exact, whatever the order.
    const normalized = count > 0 ? (((sums[to] ?? 0) - (sums[from] ?? 0)) * scale) / Math.pow(count, config.countExponent) : 0;
    const logit = bias + normalized + ((classSums[to] ?? 0) - (classSums[from] ?? 0)) * scale * classFeatureValue(config, count);
    return b > a ? { start: view.starts[a] ?? 0, end: view.ends[b - 1] ?? 0, logit } : { start: 0, end: 0, logit };
  });
}

/** Adds each event's weight code to its segment's sum (and, with `counts`, counts it there). */
function weighEvents(list: EventList, checkpoints: Int32Array, codes: Int8Array, sums: Float64Array, counts: Float64Array | null): void {
  const positions = list.positions.data;
  const ids = list.ids.data;
  let s = 1;
  for (let e = 0; e < list.positions.length; e++) {
    s = segmentOf(checkpoints, positions[e] as number, s);
    sums[s] = (sums[s] as number) + (codes[ids[e] as number] as number);
    if (counts !== null) counts[s] = (counts[s] as number) + 1;
  }
}

/**
 * Every window edge, ascending, once (0 and the text length included). Window starts
 * ascend and so do their ends, so the two lists merge without sorting.
 */
function checkpointsOf(spans: readonly [number, number][], workspace: Workspace): Int32Array {
  const edges = workspace.edges(2 * spans.length + 1);
  let n = 0;
  const put = (edge: number): void => {
    if (n === 0 || (edges[n - 1] as number) < edge) edges[n++] = edge;
  };
  put(0);
  let s = 0;
  let e = 0;
  while (s < spans.length || e < spans.length) {
    const start = s < spans.length ? (spans[s] as [number, number])[0] : Infinity;
    const end = e < spans.length ? (spans[e] as [number, number])[1] : Infinity;
    if (start <= end) {
      put(start);
      s++;
    } else {
      put(end);
      e++;
    }
  }
  return edges.subarray(0, n);
}

/**
 * Segment s ≥ 1 with checkpoints[s - 1] ≤ position < checkpoints[s], searched from the
 * previous answer `from` (events arrive mostly in position order).
 */
function segmentOf(checkpoints: Int32Array, position: number, from: number): number {
  let s = position >= (checkpoints[from - 1] as number) ? from : 1;
  while (s < checkpoints.length - 1 && (checkpoints[s] as number) <= position) s++;
  return s;
}

/** The first highest-scoring window. */
function highest(windows: readonly WindowScore[]): WindowScore {
  let best: WindowScore = { start: 0, end: 0, logit: -Infinity };
  for (const window of windows) if (window.logit > best.logit) best = window;
  return best;
}

/** The highest-scoring window of `text`, with its own log-odds (what the thresholds are calibrated on). */
export function bestWindow(model: LinearModel, text: string, workspace: Workspace): WindowScore {
  return highest(scoreWindows(model, text, workspace));
}

/** What the scorer reports: the best window's span, and its log-odds less the length penalty (length-penalty.ts). */
export function scoreText(model: LinearModel, text: string, workspace: Workspace): WindowScore {
  const windows = scoreWindows(model, text, workspace);
  const best = highest(windows);
  return { ...best, logit: best.logit - lengthPenalty(windows.length, model.config, model.lengthSlope) };
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
      const best = scoreText(model, text, workspace);
      return { probability: output(best.logit), start: best.start, end: best.end };
    },
  };
}
