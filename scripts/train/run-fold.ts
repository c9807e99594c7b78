/** One fold: train on its training records, calibrate on its benign calibration share, score its test records. */
import type { FeatureConfig } from "../../src/shared/model/config";
import { lengthPenalty } from "../../src/shared/model/length-penalty";
import type { EvalRecord } from "../eval/dataset";
import { calibrate, type ScoredText, type Thresholds } from "./calibrate";
import { type FeatureMatrix, recordLogit, recordWindowLogits, windowCount } from "./feature-matrix";
import type { FoldPlan } from "./folds";
import { type TrainedModel, type TrainOptions, trainLinear } from "./logistic";
import { isOwnSentence, isOwnText, type OwnSentenceOptions } from "./own-sentences";
import { tailSlope } from "./tail-slope";
import { weightExamples } from "./weighting";

export interface TrainSettings {
  config: FeatureConfig;
  optimizer: TrainOptions;
  /** Total example weight of each class (benign > attack buys a lower FPR). */
  classWeights: { attack: number; benign: number };
  /** The signatures' test cases as extra training text (own-sentences.ts). */
  ownSentences: OwnSentenceOptions;
  /** The written corpus (own-corpus.ts): its weight relative to a dataset family of the same size. */
  ownCorpus: { weight: number };
}

export interface ScoredRecord {
  record: number;
  logit: number;
}

export interface FoldResult {
  plan: FoldPlan;
  model: TrainedModel;
  /** Length penalty slope, measured on the fold's benign calibration windows (tail-slope.ts). */
  lengthSlope: number;
  thresholds: Thresholds;
  calibration: ScoredText[];
  test: ScoredRecord[];
}

export function runFold(matrix: FeatureMatrix, records: readonly EvalRecord[], plan: FoldPlan, settings: TrainSettings): FoldResult {
  const examples = weightExamples(records, plan.train, settings.classWeights, (record) => ownWeight(record, settings));
  const model = trainLinear(matrix, examples, settings.config.bits, settings.optimizer);
  const lengthSlope = tailSlope(plan.calibration.flatMap((r) => recordWindowLogits(matrix, r, model.weights, model.bias)));
  const bestWindow = (r: number): number => recordLogit(matrix, r, model.weights, model.bias).logit;
  // The runtime scorer's text log-odds (scorer.ts scoreText): best window less the length penalty.
  const score = (r: number): number => bestWindow(r) - lengthPenalty(windowCount(matrix, r), settings.config, lengthSlope);
  // Thresholds from the uncorrected best windows, so the correction only lowers long
  // texts' scores: calibrating on corrected scores let the pooled budget freed on long
  // benign texts be spent on short ones (grouped CV: unseen FPR 0.70% → 0.90%).
  const calibration = plan.calibration.map((r) => ({ file: records[r]?.file ?? "", logit: bestWindow(r) }));
  return {
    plan,
    model,
    lengthSlope,
    thresholds: calibrate(calibration),
    calibration,
    test: plan.test.map((record) => ({ record, logit: score(record) })),
  };
}

/** An example's weight scale: 1 for dataset records, the configured weight for the team's own texts. */
function ownWeight(record: EvalRecord, settings: TrainSettings): number {
  if (isOwnSentence(record)) return settings.ownSentences.weight;
  return isOwnText(record) ? settings.ownCorpus.weight : 1;
}
