/**
 * Logistic regression over hashed features, trained with Adagrad and L2 (plain
 * TypeScript, seeded, single thread). Multiple-instance for long attacks: an attack
 * text is positive if its worst window is. The first epoch learns from attacks that fit
 * one long window, on that window (the whole text); from then on only the currently
 * highest window of each attack takes the positive step (the payload, not the BIPIA
 * wrapper around it). Benign texts push
 * every window down, since at inference any window above threshold is a false positive.
 */
import { seededRandom } from "../eval/seeded-random";
import { type FeatureMatrix, featureValues, recordLogit, windowLogit } from "./feature-matrix";

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface Example {
  record: number;
  label: 0 | 1;
  weight: number;
}

export interface TrainedModel {
  weights: Float32Array;
  bias: number;
}

export function trainLinear(matrix: FeatureMatrix, examples: readonly Example[], bits: number, options: TrainOptions): TrainedModel {
  const model: TrainedModel = { weights: new Float32Array(1 << bits), bias: 0 };
  const squared = new Float32Array(1 << bits);
  const bias = { squared: 0 };
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const example = examples[index];
      if (example === undefined) continue;
      const first = matrix.recordWindows[example.record] ?? 0;
      const last = matrix.recordWindows[example.record + 1] ?? 0;
      if (example.label === 0) {
        for (let w = first; w < last; w++) step(matrix, w, 0, example.weight, model, squared, bias, options);
      } else if (epoch === 0) {
        if (matrix.wholeText[example.record] === 1) step(matrix, first, 1, example.weight, model, squared, bias, options);
      } else {
        const best = recordLogit(matrix, example.record, model.weights, model.bias);
        step(matrix, best.window, 1, example.weight, model, squared, bias, options);
      }
    }
  }
  return model;
}

function step(
  matrix: FeatureMatrix,
  w: number,
  label: number,
  weight: number,
  model: TrainedModel,
  squared: Float32Array,
  bias: { squared: number },
  options: TrainOptions,
): void {
  const from = matrix.windowOffsets[w] ?? 0;
  const split = matrix.classStarts[w] ?? 0;
  const to = matrix.windowOffsets[w + 1] ?? 0;
  const logit = windowLogit(matrix, w, model.weights, model.bias);
  const error = (1 / (1 + Math.exp(-logit)) - label) * weight;
  const { normalized, classValue } = featureValues(matrix, w);
  for (let i = from; i < to; i++) {
    const id = matrix.ids[i] ?? 0;
    const current = model.weights[id] ?? 0;
    // L2 applied lazily, only to the features a window touches (the usual sparse approximation).
    const gradient = error * (i < split ? normalized : classValue) + options.l2 * current;
    const accumulated = (squared[id] ?? 0) + gradient * gradient;
    squared[id] = accumulated;
    model.weights[id] = current - (options.learningRate * gradient) / Math.sqrt(accumulated + 1e-8);
  }
  bias.squared += error * error;
  model.bias -= (options.learningRate * error) / Math.sqrt(bias.squared + 1e-8);
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = tmp;
  }
}
