/**
 * Trains the learned scorer (src/shared/model) from labelled JSONL:
 *   npx tsx scripts/train.ts --data ../shared/data/dev [--skip-cv] [--evasion-sample 400] [--oof-report] [--corpus <dir> | --without-corpus] [--corpus-weight <n>] [--own-weight <n>]
 * Grouped (leave-source-family-out) and in-distribution cross-validation first, then the
 * shipped model on everything, calibrated on the held-apart benign share. Writes
 * weights.json and manifest.json (hashed features and figures only, no dataset text).
 * The built-in signatures' test cases train in every fold as well (train/own-sentences.ts);
 * --own-weight sets their weight (0 leaves them out, to measure what they add).
 * The written corpus (train/own-corpus.ts) trains in every fold too; --without-corpus
 * leaves it out, to measure what it adds.
 * --oof-report adds the whole engine (signatures + model) scored out of fold, per source,
 * pooled and per evasion transform, for both cross-validations: the grouped one is the
 * honest combined figure for unseen sources (oof-engine.ts).
 * Deterministic: same data and seed, same bytes.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_FEATURE_CONFIG } from "../src/shared/model/config";
import { loadDataset } from "./eval/dataset";
import { oofEngineRun } from "./train/oof-engine";
import { calibrationReport, cvReport, oofEngineReport } from "./train/report";
import { ratesAt } from "./train/calibrate";
import { evasionRecall } from "./train/evasion";
import { featurize } from "./train/feature-matrix";
import { buildFinalModel } from "./train/final-model";
import { groupedPlans, randomPlans } from "./train/folds";
import { lengthReport } from "./train/length-report";
import { buildManifest, type CvFigures } from "./train/manifest";
import { CORPUS_DIR, ownCorpusRecords } from "./train/own-corpus";
import { ownSentenceRecords } from "./train/own-sentences";
import { runFold, type TrainSettings } from "./train/run-fold";
import { summarize } from "./train/summarize";

const SETTINGS: TrainSettings = {
  config: DEFAULT_FEATURE_CONFIG,
  optimizer: { epochs: 10, learningRate: 0.1, l2: 1e-3, seed: 20240611 },
  classWeights: { attack: 1, benign: 2 },
  // Weight 1 (0.5 and 2 measured: the same matched recall, 2 raised unseen FPR to 1.2%);
  // secret and PII cases left out: with them unseen FPR was 0.88% instead of 0.73% and
  // gitleaks / presidio recall stayed 0 either way (the signatures catch those).
  ownSentences: { weight: 1, exclude: ["secret", "pii"] },
  // Weight 2, chosen on bench/redteam because dev out of fold stayed within 0.3 points
  // (recall / flag FPR, model floor 0.4): the corpus's first round at weight 1 73.75% / 0.74%
  // (floor 0.5), 2 79.5% / 1.24%, 4 78.5% / 0.74%; the whole corpus at 2 84.75% / 0.99%,
  // 3 83.0% / 0.99%.
  ownCorpus: { weight: 2 },
};
const MODEL_VERSION = 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string" },
      out: { type: "string", default: "src/shared/model" },
      "skip-cv": { type: "boolean", default: false },
      "evasion-sample": { type: "string", default: "400" },
      "oof-report": { type: "boolean", default: false },
      "without-corpus": { type: "boolean", default: false },
      corpus: { type: "string", default: CORPUS_DIR },
      "corpus-weight": { type: "string" },
      "own-weight": { type: "string" },
    },
  });
  if (values.data === undefined) {
    throw new Error("usage: npx tsx scripts/train.ts --data <dir> [--skip-cv] [--out <dir>] [--evasion-sample <n>] [--oof-report] [--corpus <dir> | --without-corpus] [--corpus-weight <n>] [--own-weight <n>]");
  }
  if (values["skip-cv"] && values["oof-report"]) throw new Error("--oof-report needs the grouped cross-validation (drop --skip-cv)");
  const corpusWeight = values["corpus-weight"] === undefined ? SETTINGS.ownCorpus.weight : Number(values["corpus-weight"]);
  if (!(corpusWeight > 0 && Number.isFinite(corpusWeight))) throw new Error(`--corpus-weight must be a positive number, not ${values["corpus-weight"]}`);
  const ownWeight = values["own-weight"] === undefined ? SETTINGS.ownSentences.weight : Number(values["own-weight"]);
  if (!(ownWeight >= 0 && Number.isFinite(ownWeight))) throw new Error(`--own-weight must be a number ≥ 0, not ${values["own-weight"]}`);
  const settings: TrainSettings = { ...SETTINGS, ownSentences: { ...SETTINGS.ownSentences, weight: ownWeight }, ownCorpus: { weight: corpusWeight } };
  const started = performance.now();
  const records = [...(await loadDataset(values.data)), ...(ownWeight > 0 ? ownSentenceRecords(settings.ownSentences) : []), ...(values["without-corpus"] ? [] : await ownCorpusRecords(values.corpus))];
  const matrix = featurize(records.map((r) => r.text), settings.config);
  log(`${records.length} records, ${matrix.windowOffsets.length - 1} windows, ${matrix.ids.length} feature ids (${seconds(started)})`);

  const cv: CvFigures[] = [];
  if (!values["skip-cv"]) {
    for (const [mode, plans] of [["grouped (unseen source families)", groupedPlans(records)], ["in-distribution (random 4-fold)", randomPlans(records, 4)]] as const) {
      const folds = plans.map((plan) => runFold(matrix, records, plan, settings));
      const summary = summarize(records, folds);
      const evasion = evasionRecall(records, folds, settings.config, Number(values["evasion-sample"]));
      log(cvReport(mode, summary, evasion));
      if (mode.startsWith("grouped")) log(lengthReport(records, folds, settings.config));
      cv.push({ mode, summary, evasion: Object.fromEntries(evasion) });
      log(`(${seconds(started)})`);
      if (values["oof-report"]) {
        log(oofEngineReport(oofEngineRun(records, folds, settings.config, Number(values["evasion-sample"])), mode));
        log(`(${seconds(started)})`);
      }
    }
  }

  const final = buildFinalModel(matrix, records, settings, MODEL_VERSION);
  const flagRates = ratesAt(final.calibration, final.thresholds.flag);
  const blockRates = ratesAt(final.calibration, final.thresholds.block);
  log(calibrationReport(flagRates, blockRates));
  const harmfulFlag = ratesAt(final.harmful, final.thresholds.flag);
  const harmfulBlock = ratesAt(final.harmful, final.thresholds.block);
  log(calibrationReport(harmfulFlag, harmfulBlock).replace("calibration benign (held apart)", "harmful requests (recall)"));

  const weightsJson = `${JSON.stringify(final.file)}\n`;
  const manifest = await buildManifest({ dataDir: values.data, corpusDir: values.corpus, records, settings, final, flagRates, blockRates, harmfulFlag, harmfulBlock, cv, weightsBytes: weightsJson.length });
  await writeFile(path.join(values.out, "weights.json"), weightsJson);
  await writeFile(path.join(values.out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`thresholds (logit): flag ${final.thresholds.flag.toFixed(3)} block ${final.thresholds.block.toFixed(3)}; weights ${(weightsJson.length / 1024).toFixed(0)} KiB; ${seconds(started)}`);
}

function log(text: string): void {
  process.stdout.write(`${text}\n\n`);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

await main();
