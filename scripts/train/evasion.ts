/**
 * Recall under the eval's evasion transforms (scripts/eval/evasion-transforms.ts, the
 * same functions and seeds the firewall's eval uses), scored through the runtime scorer
 * path by each fold's own model on that fold's held-out attacks.
 */
import type { FeatureConfig } from "../../src/shared/model/config";
import { scoreText, Workspace } from "../../src/shared/model/scorer";
import type { EvalRecord } from "../eval/dataset";
import { EVASION_TRANSFORMS } from "../eval/evasion-transforms";
import { hashString, randomFor } from "../eval/seeded-random";
import type { FoldResult } from "./run-fold";

export interface EvasionCounts {
  flagged: number;
  blocked: number;
  total: number;
}

const VARIANTS: readonly [string, (text: string, id: string) => string][] = [
  ["plain", (text) => text],
  ...Object.entries(EVASION_TRANSFORMS).map(
    ([name, transform]): [string, (text: string, id: string) => string] => [name, (text, id) => transform(text, randomFor(`${name}:${id}`))],
  ),
];

/** Up to `sample` attacks overall (chosen by id hash), each scored plain and under every transform. */
export function evasionRecall(
  records: readonly EvalRecord[],
  folds: readonly FoldResult[],
  config: FeatureConfig,
  sample: number,
): Map<string, EvasionCounts> {
  const attacks = folds.flatMap((fold) =>
    fold.test.filter((t) => records[t.record]?.label === "attack").map((t) => ({ fold, record: records[t.record] })),
  );
  const chosen = attacks
    .map((a) => ({ ...a, key: hashString(`sample:${a.record?.id ?? ""}`) }))
    .sort((a, b) => a.key - b.key)
    .slice(0, sample);
  const workspace = new Workspace();
  const counts = new Map<string, EvasionCounts>(VARIANTS.map(([name]) => [name, { flagged: 0, blocked: 0, total: 0 }]));
  for (const { fold, record } of chosen) {
    if (record === undefined) continue;
    const model = { version: 1, config, bias: fold.model.bias, lengthSlope: fold.lengthSlope, weights: fold.model.weights };
    for (const [name, apply] of VARIANTS) {
      const logit = scoreText(model, apply(record.text, record.id), workspace).logit;
      const c = counts.get(name);
      if (c === undefined) continue;
      c.total++;
      if (logit >= fold.thresholds.flag) c.flagged++;
      if (logit >= fold.thresholds.block) c.blocked++;
    }
  }
  return counts;
}
