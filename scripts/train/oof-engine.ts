/**
 * The whole engine (signatures + learned scorer) measured honestly: every record is
 * inspected by an engine whose scorer is the grouped-CV model of the fold that held its
 * source family out, so the model never saw the record's source (the shipped model was
 * trained on all of dev, which makes `npm run eval` with the model in-sample). The engine
 * is the product's own `buildEngine` (default policy, no custom signatures) with the fold's
 * model in place of the shipped one, and the figures are the eval's own report
 * (scripts/eval), so they read like `npm run eval`.
 */
import type { Engine } from "../../src/shared/detect/contract";
import { buildEngine } from "../../src/shared/firewall-engine";
import type { FeatureConfig } from "../../src/shared/model/config";
import { createModelScorer } from "../../src/shared/model/scorer";
import { DEFAULT_POLICY, type DetectionPolicy } from "../../src/shared/schemas/policy";
import { type EvalRecord, isHarmfulRequest } from "../eval/dataset";
import { buildReport, type EvalReport } from "../eval/eval-report";
import { deterministicSample, type EvasionRow, runEvasion } from "../eval/evasion";
import { inspectRecord, type Outcome } from "../eval/inspect-records";
import { hashString } from "../eval/seeded-random";
import type { FoldResult } from "./run-fold";

export interface OofEngineRun {
  /** Signatures + each record's out-of-fold model, default policy. */
  combined: EvalReport;
  /** The same with the policy's `model: "block"` (the model may block on its own; plain pass only). */
  modelMayBlock: EvalReport;
  /** The same records through signatures alone (plain pass, no evasion), for comparison. */
  signaturesOnly: EvalReport;
  /** Attacks detected only because the model fired. */
  modelOnlyDetections: number;
}

/** Engine of one fold: the product's construction with that fold's model and thresholds as the scorer. */
function foldEngine(fold: FoldResult, config: FeatureConfig, detection: DetectionPolicy): Engine {
  const model = { version: 0, config, bias: fold.model.bias, lengthSlope: fold.lengthSlope, weights: fold.model.weights };
  const scorer = createModelScorer(model, { flagLogit: fold.thresholds.flag, blockLogit: fold.thresholds.block });
  return buildEngine(detection, [], { scorer });
}

export function oofEngineRun(records: readonly EvalRecord[], folds: readonly FoldResult[], config: FeatureConfig, evasionSample: number): OofEngineRun {
  const started = performance.now();
  const engines = folds.map((fold) => foldEngine(fold, config, DEFAULT_POLICY.detection));
  // No model trained on harmful requests, so any fold's is out of sample: spread them by id.
  const foldOf = new Map<EvalRecord, number>();
  folds.forEach((fold, k) => fold.test.forEach(({ record }) => foldOf.set(records[record] as EvalRecord, k)));
  for (const record of records) if (isHarmfulRequest(record)) foldOf.set(record, hashString(`oof:${record.id}`) % folds.length);

  const scored = records.filter((record) => foldOf.has(record));
  const outcomes = scored.map((record) => inspectRecord(engines[foldOf.get(record) ?? 0] as Engine, record));
  const seconds = (performance.now() - started) / 1000;

  const attacks = scored.filter((r) => r.label === "attack" && !isHarmfulRequest(r));
  const sample = deterministicSample(attacks, evasionSample);
  const evasion = mergeRows(engines.map((engine, k) => runEvasion(engine, sample.filter((r) => foldOf.get(r) === k))));

  const blocking = folds.map((fold) => foldEngine(fold, config, { ...DEFAULT_POLICY.detection, model: "block" }));
  const mayBlock = scored.map((record) => inspectRecord(blocking[foldOf.get(record) ?? 0] as Engine, record));
  const signatures = buildEngine(DEFAULT_POLICY.detection, [], { model: false });
  const plain = scored.map((record) => inspectRecord(signatures, record));
  const modelOnlyDetections = outcomes.filter((o, i) => o.record.label === "attack" && !isHarmfulRequest(o.record) && o.verdict !== "allow" && plain[i]?.verdict === "allow").length;
  return {
    combined: buildReport(outcomes, evasion, { model: true, evasionSampleOf: attacks.length, seconds }),
    modelMayBlock: buildReport(mayBlock, [], { model: true, evasionSampleOf: attacks.length, seconds: 0 }),
    signaturesOnly: buildReport(plain, [], { model: false, evasionSampleOf: attacks.length, seconds: 0 }),
    modelOnlyDetections,
  };
}

/** Per-fold evasion rows (same transforms, same order) summed into one set. */
function mergeRows(perFold: readonly EvasionRow[][]): EvasionRow[] {
  const merged = new Map<string, EvasionRow>();
  for (const rows of perFold) {
    for (const row of rows) {
      const into = merged.get(row.transform) ?? { transform: row.transform, detected: 0, total: 0, byCategory: new Map(), outcomes: [] as Outcome[] };
      into.detected += row.detected;
      into.total += row.total;
      into.outcomes.push(...row.outcomes);
      for (const [category, c] of row.byCategory) {
        const sum = into.byCategory.get(category) ?? { detected: 0, total: 0 };
        sum.detected += c.detected;
        sum.total += c.total;
        into.byCategory.set(category, sum);
      }
      merged.set(row.transform, into);
    }
  }
  return [...merged.values()];
}
