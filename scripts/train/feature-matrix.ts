/**
 * Every record's windows featurized once, in compressed-sparse-row form, and reused by
 * every fold: features depend only on the text, not on the model being trained.
 */
import type { FeatureConfig } from "../../src/shared/model/config";
import { classFeatureValue, prepareText, TextScratch, windowIds } from "../../src/shared/model/features";
import { IntList } from "../../src/shared/model/int-list";
import { windowSpans } from "../../src/shared/model/windows";

export interface FeatureMatrix {
  /** Feature ids of all windows, concatenated. */
  ids: Int32Array;
  /**
   * Window w owns ids[windowOffsets[w] .. windowOffsets[w + 1]): its count-normalized
   * features up to classStarts[w], its word-class events from there.
   */
  windowOffsets: Int32Array;
  classStarts: Int32Array;
  /** Record r owns windows recordWindows[r] .. recordWindows[r + 1]. */
  recordWindows: Int32Array;
  /** 1 when record r fits one long window, which is then its first window. */
  wholeText: Uint8Array;
  /** FeatureConfig.countExponent: a window's summed weights are divided by count^countExponent. */
  countExponent: number;
  /** FeatureConfig.classScale and classExponent: the feature value of a word-class event. */
  classScale: number;
  classExponent: number;
}

export function featurize(texts: readonly string[], config: FeatureConfig): FeatureMatrix {
  const scratch = new TextScratch();
  const window = new IntList(4096);
  const classes = new IntList(256);
  let ids = new Int32Array(1 << 22);
  let used = 0;
  const windowOffsets: number[] = [0];
  const classStarts: number[] = [];
  const recordWindows: number[] = [0];
  const wholeText = new Uint8Array(texts.length);
  texts.forEach((text, r) => {
    const prepared = prepareText(text, config, scratch);
    wholeText[r] = prepared.length <= config.window ? 1 : 0;
    for (const [a, b] of windowSpans(prepared.length, config.window, config.stride)) {
      window.clear();
      classes.clear();
      windowIds(prepared, config, a, b, window, classes);
      if (used + window.length + classes.length > ids.length) {
        const grown = new Int32Array(Math.max(ids.length * 2, used + window.length + classes.length));
        grown.set(ids.subarray(0, used));
        ids = grown;
      }
      ids.set(window.data.subarray(0, window.length), used);
      used += window.length;
      classStarts.push(used);
      ids.set(classes.data.subarray(0, classes.length), used);
      used += classes.length;
      windowOffsets.push(used);
    }
    recordWindows.push(windowOffsets.length - 1);
  });
  return {
    ids: ids.slice(0, used),
    windowOffsets: Int32Array.from(windowOffsets),
    classStarts: Int32Array.from(classStarts),
    recordWindows: Int32Array.from(recordWindows),
    wholeText,
    countExponent: config.countExponent,
    classScale: config.classScale,
    classExponent: config.classExponent,
  };
}

/**
 * Feature value of each count-normalized id of window w (1 / count^countExponent) and of
 * each of its word-class ids (classScale / count^classExponent): the same formula as the
 * runtime scorer.
 */
export function featureValues(matrix: FeatureMatrix, w: number): { normalized: number; classValue: number } {
  const count = (matrix.classStarts[w] ?? 0) - (matrix.windowOffsets[w] ?? 0);
  return { normalized: count > 0 ? 1 / Math.pow(count, matrix.countExponent) : 0, classValue: classFeatureValue(matrix, count) };
}

/** Log-odds of window w under float weights. */
export function windowLogit(matrix: FeatureMatrix, w: number, weights: Float32Array, bias: number): number {
  const from = matrix.windowOffsets[w] ?? 0;
  const split = matrix.classStarts[w] ?? 0;
  const to = matrix.windowOffsets[w + 1] ?? 0;
  let sum = 0;
  for (let i = from; i < split; i++) sum += weights[matrix.ids[i] ?? 0] ?? 0;
  let classSum = 0;
  for (let i = split; i < to; i++) classSum += weights[matrix.ids[i] ?? 0] ?? 0;
  const { normalized, classValue } = featureValues(matrix, w);
  return bias + sum * normalized + classSum * classValue;
}

/** Log-odds of every window of record r. */
export function recordWindowLogits(matrix: FeatureMatrix, r: number, weights: Float32Array, bias: number): number[] {
  const logits: number[] = [];
  for (let w = matrix.recordWindows[r] ?? 0; w < (matrix.recordWindows[r + 1] ?? 0); w++) logits.push(windowLogit(matrix, w, weights, bias));
  return logits;
}

/** Number of windows of record r. */
export function windowCount(matrix: FeatureMatrix, r: number): number {
  return (matrix.recordWindows[r + 1] ?? 0) - (matrix.recordWindows[r] ?? 0);
}

/** Highest window log-odds of record r and the index of that window. */
export function recordLogit(matrix: FeatureMatrix, r: number, weights: Float32Array, bias: number): { logit: number; window: number } {
  let best = { logit: -Infinity, window: matrix.recordWindows[r] ?? 0 };
  for (let w = matrix.recordWindows[r] ?? 0; w < (matrix.recordWindows[r + 1] ?? 0); w++) {
    const logit = windowLogit(matrix, w, weights, bias);
    if (logit > best.logit) best = { logit, window: w };
  }
  return best;
}
