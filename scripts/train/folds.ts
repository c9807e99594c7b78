/**
 * Train / calibrate / test plans. Grouped: each fold holds out whole source families
 * (their attacks and benign texts) and calibrates on the remaining families' held-apart
 * benign share. In-distribution: records split at random (by id hash), same roles.
 * Harmful requests are never trained on; the final model reports them separately. The
 * team's own sentences (own-sentences.ts) train in every plan.
 */
import type { EvalRecord } from "../eval/dataset";
import { hashString } from "../eval/seeded-random";
import { familyOf, groupedFolds, roleOf } from "./families";
import { isOwnText } from "./own-sentences";
import { injectedTwins } from "./twins";

export interface FoldPlan {
  name: string;
  train: number[];
  calibration: number[];
  test: number[];
}

function plan(
  name: string,
  records: readonly EvalRecord[],
  heldOut: (record: EvalRecord) => boolean,
  twins: ReadonlyMap<string, string> = injectedTwins(records),
): FoldPlan {
  const fold: FoldPlan = { name, train: [], calibration: [], test: [] };
  records.forEach((record, i) => {
    if (isOwnText(record)) {
      fold.train.push(i);
      return;
    }
    const role = roleOf(record, twins);
    if (role === "harmful") return;
    if (heldOut(record)) fold.test.push(i);
    else if (role === "benign_calibration") fold.calibration.push(i);
    else fold.train.push(i);
  });
  return fold;
}

export function groupedPlans(records: readonly EvalRecord[]): FoldPlan[] {
  const folds = groupedFolds(records);
  const count = Math.max(...folds.values()) + 1;
  return Array.from({ length: count }, (_, k) => {
    const families = [...folds.entries()].filter(([, f]) => f === k).map(([name]) => name);
    const attackFamily = families[0] ?? `fold${k}`;
    return plan(`holdout:${attackFamily}`, records, (record) => folds.get(familyOf(record.file)) === k);
  });
}

export function randomPlans(records: readonly EvalRecord[], k: number): FoldPlan[] {
  const twins = injectedTwins(records);
  const key = (record: EvalRecord): string => twins.get(record.id) ?? record.id;
  return Array.from({ length: k }, (_, fold) =>
    plan(`random:${fold}`, records, (record) => hashString(`fold:${key(record)}`) % k === fold, twins),
  );
}

/** The shipped model: every non-harmful record trains or calibrates, nothing is held out. */
export function finalPlan(records: readonly EvalRecord[]): FoldPlan {
  return plan("final", records, () => false);
}
