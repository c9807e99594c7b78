/**
 * manifest.json: what the weights were trained on (file hashes, counts), how (seed,
 * feature and optimizer settings) and how well (calibrated thresholds, per-source rates
 * with their uncertainty, cross-validation figures). No timestamps, so a rerun on the
 * same data reproduces it byte for byte.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { sigmoid } from "../../src/shared/model/scorer";
import type { EvalRecord } from "../eval/dataset";
import { FPR_BUDGET, type RateRow } from "./calibrate";
import type { EvasionCounts } from "./evasion";
import { CALIBRATION_SHARE } from "./families";
import type { FinalModel } from "./final-model";
import { ownCorpusDigest } from "./own-corpus";
import { isOwnText, ownSentencesDigest } from "./own-sentences";
import type { TrainSettings } from "./run-fold";
import type { CvSummary } from "./summarize";

export interface CvFigures {
  mode: string;
  summary: CvSummary;
  evasion: Record<string, EvasionCounts>;
}

interface ManifestInput {
  dataDir: string;
  corpusDir: string;
  records: readonly EvalRecord[];
  settings: TrainSettings;
  final: FinalModel;
  flagRates: RateRow[];
  blockRates: RateRow[];
  harmfulFlag: RateRow[];
  harmfulBlock: RateRow[];
  cv: CvFigures[];
  weightsBytes: number;
}

export async function buildManifest(input: ManifestInput): Promise<unknown> {
  const dataset = input.records.filter((r) => !isOwnText(r));
  const files = [...new Set(dataset.map((r) => r.file))].sort();
  const data = await Promise.all(
    files.map(async (file) => ({
      file: `${file}.jsonl`,
      sha256: createHash("sha256").update(await readFile(path.join(input.dataDir, `${file}.jsonl`))).digest("hex"),
      records: dataset.filter((r) => r.file === file).length,
    })),
  );
  const { thresholds } = input.final;
  return {
    model: input.final.file.format,
    version: input.final.file.version,
    command: "npx tsx scripts/train.ts --data ../shared/data/dev",
    seed: input.settings.optimizer.seed,
    feature_config: { ...input.settings.config, rejoinWords: wordListDigest(input.settings.config.rejoinWords) },
    optimizer: input.settings.optimizer,
    class_weights: input.settings.classWeights,
    calibration_share: CALIBRATION_SHARE,
    weights_bytes: input.weightsBytes,
    thresholds: {
      fpr_budget: FPR_BUDGET,
      flag: { logit: round(thresholds.flag), probability: round(sigmoid(thresholds.flag)) },
      block: { logit: round(thresholds.block), probability: round(sigmoid(thresholds.block)) },
      length_slope: round(input.final.file.lengthSlope),
    },
    calibration: rateTable(input.flagRates, input.blockRates),
    harmful_recall: rateTable(input.harmfulFlag, input.harmfulBlock),
    cross_validation: input.cv,
    data,
    own_sentences: ownSentencesDigest(input.records, input.settings.ownSentences),
    own_corpus: { weight: input.settings.ownCorpus.weight, files: await ownCorpusDigest(input.records, input.corpusDir) },
  };
}

function rateTable(flag: readonly RateRow[], block: readonly RateRow[]): Record<string, unknown> {
  const blockByFile = new Map(block.map((row) => [row.file, row]));
  return Object.fromEntries(
    flag.map((row) => {
      const b = blockByFile.get(row.file);
      return [row.file, { n: row.total, flag_hits: row.hits, flag_upper95: round(row.upper), block_hits: b?.hits ?? 0, block_upper95: round(b?.upper ?? 1) }];
    }),
  );
}

function round(value: number): number {
  return Number(value.toFixed(6));
}

/** The rejoined words (in weights.json) as their count and hash: the manifest says which list, the weights file holds it. */
function wordListDigest(words: readonly string[]): { words: number; sha256: string } {
  return { words: words.length, sha256: createHash("sha256").update(words.join("\n")).digest("hex") };
}
