/**
 * The weight table as int8 codes and one scale: 512 KiB for 2^19 weights instead of
 * 2 MiB of float32, so the scorer's random lookups stay in a core's L2 cache (on the
 * 2-core bench machine the float table made lookups, not arithmetic, the bottleneck).
 * The shipped weights are int8 already (weights.ts), so this loses nothing for them.
 */
export interface QuantizedWeights {
  codes: Int8Array;
  scale: number;
}

const CACHE = new WeakMap<Float32Array, QuantizedWeights>();

export function quantize(weights: Float32Array): QuantizedWeights {
  const cached = CACHE.get(weights);
  if (cached !== undefined) return cached;
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / 127 : 1;
  const codes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) codes[i] = Math.max(-127, Math.min(127, Math.round((weights[i] ?? 0) / scale)));
  const quantized = { codes, scale };
  CACHE.set(weights, quantized);
  return quantized;
}
