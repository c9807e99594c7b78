/**
 * Benign flag rate against text length, out of fold: each fold's held-out benign texts
 * (in id-hash order) joined into texts of a given length, scored by that fold's model,
 * with the scorer's length correction and without (src/shared/model/length-penalty.ts).
 * Dev has few long benign texts, so joining short ones is how the correction is checked.
 */
import type { FeatureConfig } from "../../src/shared/model/config";
import { scoreText, bestWindow, Workspace } from "../../src/shared/model/scorer";
import type { EvalRecord } from "../eval/dataset";
import { hashString } from "../eval/seeded-random";
import { rateWithCounts, renderTable } from "../eval/text-table";
import type { FoldResult } from "./run-fold";

const LENGTHS = [1_000, 4_000, 16_000, 64_000];

export function lengthReport(records: readonly EvalRecord[], folds: readonly FoldResult[], config: FeatureConfig): string {
  const workspace = new Workspace();
  const rows = LENGTHS.map((length) => {
    let total = 0;
    let corrected = 0;
    let uncorrected = 0;
    for (const fold of folds) {
      const model = { version: 1, config, bias: fold.model.bias, lengthSlope: fold.lengthSlope, weights: fold.model.weights };
      const benign = fold.test
        .map((t) => records[t.record])
        .filter((r): r is EvalRecord => r?.label === "benign")
        .sort((a, b) => hashString(a.id) - hashString(b.id));
      let parts: string[] = [];
      let size = 0;
      for (const record of benign) {
        parts.push(record.text);
        size += record.text.length + 2;
        if (size < length) continue;
        const text = parts.join("\n\n");
        total++;
        if (scoreText(model, text, workspace).logit >= fold.thresholds.flag) corrected++;
        if (bestWindow(model, text, workspace).logit >= fold.thresholds.flag) uncorrected++;
        parts = [];
        size = 0;
      }
    }
    return [`${length / 1000} KB`, rateWithCounts(corrected, total, 2), rateWithCounts(uncorrected, total, 2)];
  });
  return renderTable(["joined benign texts (unseen)", "flag FPR", "without length correction"], rows);
}
