/**
 * The weights file: a linear model over 2^bits hashed features, quantized to int8 with
 * one scale and stored as base64 so it bundles as plain JSON (no dataset text, only
 * numbers). Validated on load: a truncated or mismatched file fails at startup, not as
 * silently wrong scores.
 */
import { z } from "zod";
import type { FeatureConfig } from "./config";
import { quantize } from "./quantized";

// v3: n-gram ids from rotated-XOR prefixes (char-ngrams.ts) and a 2^12-slot repeat table
// (events.ts); a v2 file would score with the wrong ids, so it fails to load. v4: the
// length penalty's slope (length-penalty.ts), which a v3 file lacks. v5: word-class
// events weighed apart with their own feature value (config.ts classScale, classExponent).
// v6: the words the view rejoins (config.ts rejoinWords); a v5 model read the engine's
// list of the day, which moved under it with every signature that added a word.
export const WEIGHTS_FORMAT = "llm-fw-linear-v6";

export const WeightsFile = z.object({
  format: z.literal(WEIGHTS_FORMAT),
  version: z.number().int().positive(),
  config: z.object({
    bits: z.number().int().min(10).max(22),
    charNgrams: z
      .array(z.number().int().min(1).max(8))
      .min(1)
      .refine((lengths) => lengths.every((n, i) => i === 0 || n > (lengths[i - 1] ?? 0)), "ascending lengths"),
    words: z.boolean(),
    window: z.number().int().min(16),
    stride: z.number().int().min(1),
    countExponent: z.number().min(0).max(1),
    classScale: z.number().min(0).max(10),
    classExponent: z.number().min(0).max(1),
    rejoinWords: z.array(z.string().regex(/^[a-z]+$/)).max(20_000).readonly(),
  }),
  bias: z.number(),
  /** Log-odds taken off the best window per natural log of the text's length in windows (length-penalty.ts). */
  lengthSlope: z.number().min(0).max(10),
  /** weight = int8 value × scale. */
  scale: z.number().positive(),
  weights: z.string(),
});
export type WeightsFile = z.infer<typeof WeightsFile>;

export interface LinearModel {
  version: number;
  config: FeatureConfig;
  bias: number;
  /** See WeightsFile.lengthSlope. */
  lengthSlope: number;
  weights: Float32Array;
}

export function decodeWeights(input: unknown): LinearModel {
  const file = WeightsFile.parse(input);
  const bytes = bytesOfBase64(file.weights);
  const size = 1 << file.config.bits;
  if (bytes.length !== size) throw new Error(`weights file: expected ${size} int8 weights`);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = (signed[i] ?? 0) * file.scale;
  return { version: file.version, config: file.config, bias: file.bias, lengthSlope: file.lengthSlope, weights };
}

/** Quantizes float weights (the trainer's output) into the file format. */
export function encodeWeights(model: LinearModel, toBase64: (bytes: Uint8Array) => string): WeightsFile {
  const { codes: signed, scale } = quantize(model.weights);
  return {
    format: WEIGHTS_FORMAT,
    version: model.version,
    config: model.config,
    bias: model.bias,
    lengthSlope: model.lengthSlope,
    scale,
    weights: toBase64(new Uint8Array(signed.buffer)),
  };
}

/** `atob` exists in workerd and Node; a malformed string throws, which fails the load. */
function bytesOfBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
