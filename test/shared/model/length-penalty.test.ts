import { describe, expect, it } from "vitest";
import { benignText } from "../../../bench/synthetic-text";
import { tailSlope } from "../../../scripts/train/tail-slope";
import { DEFAULT_FEATURE_CONFIG } from "../../../src/shared/model/config";
import { createDefaultModelScorer, MODEL_FLAG_PROBABILITY } from "../../../src/shared/model/index";
import { lengthPenalty } from "../../../src/shared/model/length-penalty";
import { bestWindow, scoreText, scoreWindows, Workspace } from "../../../src/shared/model/scorer";

// A deterministic non-trivial weight table (no training needed).
const weights = Float32Array.from({ length: 1 << DEFAULT_FEATURE_CONFIG.bits }, (_, i) => ((Math.imul(i, 2654435761) >>> 24) - 128) / 100);
const model = { version: 1, config: DEFAULT_FEATURE_CONFIG, bias: -0.5, lengthSlope: 0.7, weights };
const { window, stride } = DEFAULT_FEATURE_CONFIG;

describe("length correction of the best window", () => {
  it("leaves a text that fits one window alone and grows with the log of the length", () => {
    expect(lengthPenalty(1, { window, stride }, 0.7)).toBe(0);
    // 3 half-overlapping windows span two window lengths; 2047 span 1024.
    expect(lengthPenalty(3, { window, stride }, 0.7)).toBeCloseTo(0.7 * Math.log(2), 12);
    expect(lengthPenalty(2047, { window, stride }, 0.7)).toBeCloseTo(0.7 * Math.log(1024), 12);
  });

  it("reports the best window's span with its log-odds less the penalty", () => {
    const text = "Notes from the planning call, kept short. ".repeat(200);
    const workspace = new Workspace();
    const windows = scoreWindows(model, text, workspace).length;
    const best = bestWindow(model, text, workspace);
    const reported = scoreText(model, text, workspace);
    expect(windows).toBeGreaterThan(1);
    expect(reported.start).toBe(best.start);
    expect(reported.end).toBe(best.end);
    expect(reported.logit).toBeCloseTo(best.logit - lengthPenalty(windows, model.config, model.lengthSlope), 12);
    const short = "Notes from the planning call.";
    expect(scoreText(model, short, workspace).logit).toBe(bestWindow(model, short, workspace).logit);
  });

  it("does not flag the bench's 1 MB benign text for being long", () => {
    // v3 without the correction: 0.55 (its best of ~2,000 windows), over the flag point.
    expect(createDefaultModelScorer().score(benignText(1 << 20), { role: "user", direction: "input" }).probability).toBeLessThan(MODEL_FLAG_PROBABILITY);
  });
});

describe("tail slope", () => {
  it("reads 1/k off scores whose upper tail falls as exp(-k t)", () => {
    const k = 1.5;
    const n = 20_000;
    // Exact quantiles of an exponential tail: the share above t is exp(-k t).
    const scores = Array.from({ length: n }, (_, i) => -Math.log((i + 0.5) / n) / k);
    expect(tailSlope(scores)).toBeCloseTo(1 / k, 2);
  });
});
