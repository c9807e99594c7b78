/** One fold: train on its training records, calibrate on its benign calibration share, score its test records. */
import type { FeatureConfig } from "../../src/shared/model/config";
import type { EvalRecord } from "../eval/dataset";
import { calibrate, type ScoredText, type Thresholds } from "./calibrate";
import { type FeatureMatrix, recordLogit } from "./feature-matrix";
import type { FoldPlan } from "./folds";
import { type TrainedModel, type TrainOptions, trainLinear } from "./logistic";
import { weightExamples } from "./weighting";

export interface TrainSettings {
  config: FeatureConfig;
  optimizer: TrainOptions;
  /** Total example weight of each class (benign > attack buys a lower FPR). */
  classWeights: { attack: number; benign: number };
}

export interface ScoredRecord {
  record: number;
  logit: number;
}

export interface FoldResult {
  plan: FoldPlan;
  model: TrainedModel;
  thresholds: Thresholds;
  calibration: ScoredText[];
  test: ScoredRecord[];
}

export function runFold(matrix: FeatureMatrix, records: readonly EvalRecord[], plan: FoldPlan, settings: TrainSettings): FoldResult {
  const examples = weightExamples(records, plan.train, settings.classWeights);
  const model = trainLinear(matrix, examples, settings.config.bits, settings.optimizer);
  const score = (r: number): number => recordLogit(matrix, r, model.weights, model.bias).logit;
  const calibration = plan.calibration.map((r) => ({ file: records[r]?.file ?? "", logit: score(r) }));
  return {
    plan,
    model,
    thresholds: calibrate(calibration),
    calibration,
    test: plan.test.map((record) => ({ record, logit: score(record) })),
  };
}
