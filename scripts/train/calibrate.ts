/**
 * Thresholds from a false-positive budget on benign texts the model did not train on.
 * The budget holds per source file as well as pooled (a pooled 2% could hide 20% on the
 * one source that looks like attacks), so each threshold is the highest of the per-file
 * and pooled cut-offs. Pooled, "within budget" means the 95% Wilson upper bound of the
 * rate, not the observed rate: with 5,600 calibration texts, 5 false positives look like
 * 0.09% but only bound the true rate by 0.21%, and v1's observed-rate block point let
 * 0.65% of unseen benign sources through (train --oof-report); the bound makes the block
 * point the highest calibration score. Per file the observed rate is used (a bound would
 * need ~190 texts per file to allow even one flag at 2%, and the smallest such file would
 * set the flag point by its single highest text).
 */
import { wilsonInterval } from "../eval/wilson";

export interface ScoredText {
  file: string;
  logit: number;
}

export const FPR_BUDGET = { flag: 0.02, block: 0.001 } as const;

export interface Thresholds {
  /** Log-odds at or above which a text is flagged / blocked. */
  flag: number;
  block: number;
}

/**
 * Smallest threshold keeping FPR within `rate`: pooled by its Wilson upper bound, and by
 * the observed rate in every file large enough to resolve it (n ≥ 1/rate). A smaller file
 * cannot tell 0 from `rate`, and letting its single highest text set the threshold would
 * make one outlier decide for everyone; such files are covered by the pooled budget and
 * reported with their upper bound.
 */
export function thresholdFor(scores: readonly ScoredText[], rate: number): number {
  const byFile = new Map<string, number[]>();
  for (const s of scores) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s.logit]);
  let threshold = cutOff(scores.map((s) => s.logit), Math.max(0, allowedHits(scores.length, rate)));
  for (const logits of byFile.values()) {
    if (logits.length * rate >= 1) threshold = Math.max(threshold, cutOff(logits, Math.floor(rate * logits.length)));
  }
  return threshold;
}

/** Most false positives out of n whose Wilson upper bound stays within `rate`; -1 when not even 0 does. */
export function allowedHits(n: number, rate: number): number {
  let hits = -1;
  while (hits + 1 <= n && wilsonInterval(hits + 1, n).upper <= rate) hits++;
  return hits;
}

export function calibrate(scores: readonly ScoredText[]): Thresholds {
  return { flag: thresholdFor(scores, FPR_BUDGET.flag), block: thresholdFor(scores, FPR_BUDGET.block) };
}

/** Just above the (allowed+1)-th highest score: at most `allowed` texts reach it. */
function cutOff(logits: readonly number[], allowed: number): number {
  const sorted = [...logits].sort((a, b) => b - a);
  const excluded = sorted[allowed];
  return excluded === undefined ? -Infinity : excluded + 1e-6;
}

export interface RateRow {
  file: string;
  hits: number;
  total: number;
  /** 95% Wilson upper bound of the true rate. */
  upper: number;
}

/** Share of texts at or above `threshold`, per file and pooled (file "*"). */
export function ratesAt(scores: readonly ScoredText[], threshold: number): RateRow[] {
  const counts = new Map<string, { hits: number; total: number }>();
  const add = (file: string, hit: boolean): void => {
    const c = counts.get(file) ?? { hits: 0, total: 0 };
    c.total++;
    if (hit) c.hits++;
    counts.set(file, c);
  };
  for (const s of scores) {
    add(s.file, s.logit >= threshold);
    add("*", s.logit >= threshold);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a === "*" ? -1 : b === "*" ? 1 : a.localeCompare(b)))
    .map(([file, c]) => ({ file, ...c, upper: wilsonInterval(c.hits, c.total).upper }));
}
