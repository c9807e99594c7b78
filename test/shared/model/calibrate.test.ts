import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../../scripts/eval/wilson";
import { allowedHits, ratesAt, thresholdFor } from "../../../scripts/train/calibrate";

/** n benign scores 0, 1, …, n-1 from one file. */
const scores = (file: string, n: number, offset = 0): { file: string; logit: number }[] =>
  Array.from({ length: n }, (_, i) => ({ file, logit: offset + i }));

describe("threshold calibration", () => {
  it("allows only as many false positives as keep the 95% upper bound within budget", () => {
    expect(allowedHits(5600, 0.001)).toBe(0);
    expect(allowedHits(100, 0.02)).toBe(-1);
    const k = allowedHits(5600, 0.02);
    expect(wilsonInterval(k, 5600).upper).toBeLessThanOrEqual(0.02);
    expect(wilsonInterval(k + 1, 5600).upper).toBeGreaterThan(0.02);
  });

  it("puts the pooled block point above every calibration text", () => {
    const pooled = scores("a", 3000).concat(scores("b", 3000));
    const threshold = thresholdFor(pooled, 0.001);
    expect(ratesAt(pooled, threshold)[0]).toMatchObject({ file: "*", hits: 0 });
  });

  it("holds the observed budget in a large file even when the pooled rate would allow more", () => {
    // "hot" scores above all of "cold": the pooled budget alone would let ~30 texts over the
    // line, every one of them from "hot"; its own 2% allows 8.
    const pooled = scores("cold", 1600).concat(scores("hot", 400, 10_000));
    const threshold = thresholdFor(pooled, 0.02);
    const hot = ratesAt(pooled, threshold).find((row) => row.file === "hot");
    expect(hot?.hits).toBeLessThanOrEqual(Math.floor(0.02 * 400));
  });
});
