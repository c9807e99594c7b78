/**
 * Wilson score interval for a binomial proportion. With a few thousand benign prompts an
 * observed 0/n false-positive rate still allows several per mille, so every FPR is shown
 * with its 95% upper bound to say how wide the uncertainty is.
 */
const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (trials <= 0) return { lower: 0, upper: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return {
    lower: Math.max(0, (centre - margin) / denominator),
    upper: Math.min(1, (centre + margin) / denominator),
  };
}
