/**
 * The shipped model: trained on every family, quantized, then scored through the
 * runtime path (the int8 weights the Worker loads) so the calibrated thresholds belong
 * to exactly the model that ships.
 */
import { bestWindow, scoreText, Workspace } from "../../src/shared/model/scorer";
import { decodeWeights, encodeWeights, type LinearModel, type WeightsFile } from "../../src/shared/model/weights";
import { type EvalRecord, isHarmfulRequest } from "../eval/dataset";
import { calibrate, type ScoredText, type Thresholds } from "./calibrate";
import type { FeatureMatrix } from "./feature-matrix";
import { finalPlan } from "./folds";
import { runFold, type TrainSettings } from "./run-fold";

export interface FinalModel {
  file: WeightsFile;
  thresholds: Thresholds;
  calibration: ScoredText[];
  /** Runtime-path scores of the plain harmful requests (never trained on). */
  harmful: ScoredText[];
}

export function buildFinalModel(matrix: FeatureMatrix, records: readonly EvalRecord[], settings: TrainSettings, version: number): FinalModel {
  const plan = finalPlan(records);
  const fold = runFold(matrix, records, plan, settings);
  const float: LinearModel = { version, config: settings.config, bias: fold.model.bias, lengthSlope: fold.lengthSlope, weights: fold.model.weights };
  const file = encodeWeights(float, (bytes) => Buffer.from(bytes).toString("base64"));
  const shipped = decodeWeights(file);
  const workspace = new Workspace();
  // Thresholds from uncorrected best windows (run-fold.ts says why); recall from what the scorer reports.
  const calibration = plan.calibration
    .map((r) => records[r])
    .filter((r) => r !== undefined)
    .map((record) => ({ file: record.file, logit: bestWindow(shipped, record.text, workspace).logit }));
  const harmful = records.filter(isHarmfulRequest).map((record) => ({ file: record.file, logit: scoreText(shipped, record.text, workspace).logit }));
  return { file, thresholds: calibrate(calibration), calibration, harmful };
}
