import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../../scripts/eval/wilson";

describe("wilsonInterval", () => {
  it.each([
    // Reference values from the closed-form Wilson score interval at z = 1.96.
    [0, 1000, 0, 0.00383],
    [1, 1000, 0.00018, 0.00565],
    [50, 100, 0.40383, 0.59617],
    [10, 10, 0.72246, 1],
  ])("%i/%i", (k, n, lower, upper) => {
    const interval = wilsonInterval(k, n);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it("says nothing is known without trials", () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
  });

  it("shows why 0.1% cannot be shown on a few thousand prompts", () => {
    expect(wilsonInterval(0, 3000).upper).toBeGreaterThan(0.001);
    expect(wilsonInterval(0, 4000).upper).toBeLessThan(0.001);
  });
});
