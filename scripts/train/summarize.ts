/**
 * Cross-validation figures: attack recall and benign false-positive rate of the held-out
 * records at each fold's own calibrated thresholds, pooled over folds and per file.
 */
import type { EvalRecord } from "../eval/dataset";
import type { FoldResult } from "./run-fold";

export interface Tally {
  flagged: number;
  blocked: number;
  total: number;
}

export interface CvSummary {
  attacks: Tally;
  benign: Tally;
  attacksByFile: Record<string, Tally>;
  attacksByCategory: Record<string, Tally>;
  benignByFile: Record<string, Tally>;
}

export function summarize(records: readonly EvalRecord[], folds: readonly FoldResult[]): CvSummary {
  const summary: CvSummary = { attacks: tally(), benign: tally(), attacksByFile: {}, attacksByCategory: {}, benignByFile: {} };
  for (const fold of folds) {
    for (const { record: r, logit } of fold.test) {
      const record = records[r];
      if (record === undefined) continue;
      const flag = logit >= fold.thresholds.flag;
      const block = logit >= fold.thresholds.block;
      if (record.label === "attack") {
        count(summary.attacks, flag, block);
        count((summary.attacksByFile[record.file] ??= tally()), flag, block);
        count((summary.attacksByCategory[record.category] ??= tally()), flag, block);
      } else {
        count(summary.benign, flag, block);
        count((summary.benignByFile[record.file] ??= tally()), flag, block);
      }
    }
  }
  return summary;
}

export function tally(): Tally {
  return { flagged: 0, blocked: 0, total: 0 };
}

export function count(t: Tally, flag: boolean, block: boolean): void {
  t.total++;
  if (flag) t.flagged++;
  if (block) t.blocked++;
}
