/**
 * Everything the eval prints, as plain data: grouped tallies, evasion rows, throughput
 * and the summary line. Pure, so the numbers can be tested without an engine.
 */
import type { EvasionRow } from "./evasion";
import type { Outcome } from "./inspect-records";
import { rate, tallyBy, tallyOf, type Tally } from "./tally";
import { roundOrNull } from "./text-table";

/** DESIGN.md §7 and PEERS.md. */
export const QUALITY_TARGETS = { recall: 0.95, flagFpr: 0.02, blockFpr: 0.001, evasionDropPoints: 5 } as const;

/** High-volume, homogeneous intent sets that PEERS.md also reports the FPR without. */
const SUPPORT_INTENT_CATEGORY = "customer_support_intent";

export interface Throughput {
  records: number;
  bytes: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
}

export interface EvalReport {
  model: boolean;
  overall: Tally;
  withoutSupportIntents: Tally;
  byFile: Map<string, Tally>;
  byCategory: Map<string, Tally>;
  /** Every record by its language, "English" when `lang` is absent. */
  byLanguage: Map<string, Tally>;
  /** How often each signature fired on a benign prompt that was flagged or blocked. */
  falsePositiveSignatures: Map<string, number>;
  evasion: EvasionRow[];
  evasionSampleOf: number;
  engineErrors: Outcome[];
  throughput: Throughput;
}

export function buildReport(
  outcomes: readonly Outcome[],
  evasion: EvasionRow[],
  context: { model: boolean; evasionSampleOf: number; seconds: number },
): EvalReport {
  const falsePositiveSignatures = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.record.label !== "benign" || outcome.verdict === "allow") continue;
    for (const id of outcome.signatureIds) falsePositiveSignatures.set(id, (falsePositiveSignatures.get(id) ?? 0) + 1);
  }
  return {
    model: context.model,
    overall: tallyOf(outcomes),
    withoutSupportIntents: tallyOf(outcomes.filter((o) => o.record.category !== SUPPORT_INTENT_CATEGORY)),
    byFile: tallyBy(outcomes, (o) => o.record.file),
    byCategory: tallyBy(outcomes, (o) => o.record.category),
    byLanguage: tallyBy(outcomes, (o) => o.record.lang ?? "English"),
    falsePositiveSignatures,
    evasion,
    evasionSampleOf: context.evasionSampleOf,
    engineErrors: outcomes.filter((o) => o.error !== undefined),
    throughput: measureThroughput(outcomes, context.seconds),
  };
}

function measureThroughput(outcomes: readonly Outcome[], seconds: number): Throughput {
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const bytes = outcomes.reduce(
    (sum, o) => sum + Buffer.byteLength(o.record.text) + Buffer.byteLength(o.record.system_prompt ?? ""),
    0,
  );
  return { records: outcomes.length, bytes, seconds, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99) };
}

/** Nearest-rank quantile of an ascending list; 0 for an empty one. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Recall per transform (rounded, null without data), plain recall apart. */
export function evasionRates(rows: readonly EvasionRow[]): { plain: number | null; byTransform: Record<string, number | null> } {
  const byTransform: Record<string, number | null> = {};
  let plain: number | null = null;
  for (const row of rows) {
    if (row.transform === "plain") plain = roundOrNull(rate(row.detected, row.total));
    else byTransform[row.transform] = roundOrNull(rate(row.detected, row.total));
  }
  return { plain, byTransform };
}

/** The one JSON line a run ends with (rates in 0..1, null when there was no data). */
export function summaryLine(report: EvalReport): Record<string, unknown> {
  const { overall } = report;
  const { plain, byTransform: evasion } = evasionRates(report.evasion);
  return {
    recall: roundOrNull(rate(overall.attacksDetected, overall.attacks)),
    flag_fpr: roundOrNull(rate(overall.benignFlagged, overall.benign), 5),
    block_fpr: roundOrNull(rate(overall.benignBlocked, overall.benign), 5),
    flag_fpr_without_support_intents: roundOrNull(
      rate(report.withoutSupportIntents.benignFlagged, report.withoutSupportIntents.benign),
      5,
    ),
    evasion,
    evasion_plain_recall: plain,
    evasion_sample: report.evasion[0]?.total ?? 0,
    harmful_recall: roundOrNull(rate(overall.harmfulDetected, overall.harmful)),
    n_attack: overall.attacks,
    n_benign: overall.benign,
    n_harmful: overall.harmful,
    model: report.model,
  };
}
