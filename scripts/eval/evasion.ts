/**
 * Recall under evasion: the same attacks, transformed, against plain recall on the same
 * sample. Only the user text is transformed; a system prompt is the application's own.
 */
import type { Engine } from "../../src/shared/detect/contract";
import type { EvalRecord } from "./dataset";
import { EVASION_TRANSFORMS, type EvasionTransform } from "./evasion-transforms";
import { inspectRecord, isDetected, type Outcome } from "./inspect-records";
import { hashString, randomFor } from "./seeded-random";

/** Up to `size` records (0 = all), chosen by a hash of their id so the sample is stable. */
export function deterministicSample(records: readonly EvalRecord[], size: number): EvalRecord[] {
  if (size === 0 || records.length <= size) return [...records];
  return [...records]
    .map((record) => ({ record, key: hashString(`sample:${record.id}`) }))
    .sort((a, b) => a.key - b.key || a.record.id.localeCompare(b.record.id))
    .slice(0, size)
    .map(({ record }) => record);
}

export interface EvasionRow {
  transform: string;
  detected: number;
  total: number;
  /** Detected per attack category, for spotting a fold one family misses. */
  byCategory: Map<string, { detected: number; total: number }>;
  outcomes: Outcome[];
}

/** `plain` first, then every transform (the list unless told), each over the same sample. */
export function runEvasion(
  engine: Engine,
  sample: readonly EvalRecord[],
  transforms: Readonly<Record<string, EvasionTransform>> = EVASION_TRANSFORMS,
): EvasionRow[] {
  const variants: [string, (record: EvalRecord) => string][] = [
    ["plain", (record) => record.text],
    ...Object.entries(transforms).map(
      ([name, transform]): [string, (record: EvalRecord) => string] => [
        name,
        (record) => transform(record.text, randomFor(`${name}:${record.id}`)),
      ],
    ),
  ];
  return variants.map(([transform, apply]) => {
    const row: EvasionRow = { transform, detected: 0, total: 0, byCategory: new Map(), outcomes: [] };
    for (const record of sample) {
      const outcome = inspectRecord(engine, record, apply(record));
      const hit = isDetected(outcome.verdict) ? 1 : 0;
      row.total++;
      row.detected += hit;
      const category = row.byCategory.get(record.category) ?? { detected: 0, total: 0 };
      category.total++;
      category.detected += hit;
      row.byCategory.set(record.category, category);
      row.outcomes.push(outcome);
    }
    return row;
  });
}
