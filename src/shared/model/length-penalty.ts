/**
 * A text is judged on its best window, and the best of many benign windows is higher
 * than the best of one: uncorrected, a long benign text crosses the flag point just by
 * being long (v3 out of fold, benign dev texts joined into longer ones: flag FPR 0.6% at
 * 1 KB, 4.9% at 8 KB, 22% at 64 KB). Benign window scores have an exponential upper tail
 * (the log of P(score ≥ t) falls by k per unit of log-odds), and the maximum of N
 * independent windows exceeds t about N times as often as one, so it sits ln(N) / k
 * higher. The text's log-odds is the best window's less slope × ln N, with slope = 1/k
 * measured by the trainer on benign calibration windows, and N the text's length in
 * window lengths (half-overlapping windows are not independent: a text two windows long
 * has three windows but counts 2). A text that fits one window is not corrected.
 */
import type { FeatureConfig } from "./config";

export function lengthPenalty(windowCount: number, config: Pick<FeatureConfig, "window" | "stride">, slope: number): number {
  const lengths = 1 + (Math.max(0, windowCount - 1) * config.stride) / config.window;
  return slope * Math.log(lengths);
}
