/**
 * The slope of the length penalty (src/shared/model/length-penalty.ts): 1/k, where the
 * log of the share of benign windows scoring ≥ t falls by k per unit of log-odds. Read
 * between the scores exceeded by 3% and by 0.3% of the windows, the stretch just below
 * and around the flag point (grouped CV v3: ln share −3.5 at flag − 1, −6.4 at flag + 1,
 * a straight line), so slope = (t₀.₃% − t₃%) / ln 10.
 */
const WIDE = 0.03;
const NARROW = 0.003;

export function tailSlope(benignWindowLogits: readonly number[]): number {
  const sorted = [...benignWindowLogits].sort((a, b) => b - a);
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return Math.max(0, (at(NARROW) - at(WIDE)) / Math.log(WIDE / NARROW));
}
