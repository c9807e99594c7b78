/**
 * Example weights: each source family counts by the square root of its size (the 2,000
 * customer-support utterances must not drown the 16 Giskard injections, nor vice versa),
 * the team's own texts by that times their configured scale (`scaleOf`), and attacks and
 * benign texts carry the total weights given (class balance).
 */
import type { EvalRecord } from "../eval/dataset";
import { familyOf } from "./families";
import type { Example } from "./logistic";

export function weightExamples(
  records: readonly EvalRecord[],
  indices: readonly number[],
  totals: { attack: number; benign: number },
  scaleOf: (record: EvalRecord) => number,
): Example[] {
  const familySize = new Map<string, number>();
  for (const r of indices) {
    const record = records[r];
    if (record === undefined) continue;
    const key = `${record.label}:${familyOf(record.file)}`;
    familySize.set(key, (familySize.get(key) ?? 0) + 1);
  }
  const raw = indices.map((r) => {
    const record = records[r];
    if (record === undefined) throw new Error(`no record ${r}`);
    const size = familySize.get(`${record.label}:${familyOf(record.file)}`) ?? 1;
    return { record: r, label: record.label === "attack" ? (1 as const) : (0 as const), weight: scaleOf(record) / Math.sqrt(size) };
  });
  const sums = { attack: 0, benign: 0 };
  for (const e of raw) sums[e.label === 1 ? "attack" : "benign"] += e.weight;
  // Normalized so the mean example weight is about 1 (Adagrad's step size stays meaningful).
  const perClass = raw.length / 2;
  return raw.map((e) => {
    const cls = e.label === 1 ? "attack" : "benign";
    return { ...e, weight: (e.weight / (sums[cls] || 1)) * perClass * (totals[cls] / ((totals.attack + totals.benign) / 2)) };
  });
}
