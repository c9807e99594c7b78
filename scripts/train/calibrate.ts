/**
 * Thresholds from a false-positive budget on benign texts the model did not train on.
 * The budget holds per source file as well as pooled (a pooled 2% could hide 20% on the
 * one source that looks like attacks), so each threshold is the highest of the per-file
 * and pooled cut-offs. With n benign texts a file can only show rates in steps of 1/n,
 * and even zero false positives only bound the true rate by about 3/n (reported with
 * each figure).
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
 * Smallest threshold keeping FPR within `rate` pooled and in every file large enough to
 * resolve it (n ≥ 1/rate). A smaller file cannot tell 0 from `rate`, and letting its
 * single highest text set the threshold would make one outlier decide for everyone;
 * such files are covered by the pooled budget and reported with their upper bound.
 */
export function thresholdFor(scores: readonly ScoredText[], rate: number): number {
  const byFile = new Map<string, number[]>();
  for (const s of scores) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s.logit]);
  let threshold = cutOff(scores.map((s) => s.logit), rate);
  for (const logits of byFile.values()) if (logits.length * rate >= 1) threshold = Math.max(threshold, cutOff(logits, rate));
  return threshold;
}

export function calibrate(scores: readonly ScoredText[]): Thresholds {
  return { flag: thresholdFor(scores, FPR_BUDGET.flag), block: thresholdFor(scores, FPR_BUDGET.block) };
}

/** Just above the (floor(rate·n)+1)-th highest score: at most floor(rate·n) texts reach it. */
function cutOff(logits: readonly number[], rate: number): number {
  const sorted = [...logits].sort((a, b) => b - a);
  const allowed = Math.floor(rate * sorted.length);
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
