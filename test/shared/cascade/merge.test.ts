import { describe, expect, it } from "vitest";
import { decideWithCascade } from "../../../src/shared/cascade/merge";
import type { CascadeRun } from "../../../src/shared/cascade/run";
import type { Match, Signal } from "../../../src/shared/schemas/inspect";
import { CascadePolicy } from "../../../src/shared/schemas/policy";

const policy = CascadePolicy.parse({ enabled: true });
const trusting = CascadePolicy.parse({ enabled: true, trust_benign: true });

function match(view: string, mode: Match["mode"] = "enforce"): Match {
  const id = view === "model" ? "model.linear" : "pi.test.v1";
  return { signature_id: id, version: 1, category: "prompt_injection", severity: "medium", message_index: 0, start: 0, end: 4, excerpt: "", view, mode };
}
const modelOnly = { matches: [match("model"), match("nfkc", "shadow")], signals: [] as Signal[] };
const signature = { matches: [match("model"), match("nfkc")], signals: [] as Signal[] };
const signal: Signal = { type: "zero_width_run", message_index: 0, start: 0, end: 3 };

describe("the cascade's effect on the verdict", () => {
  it.each([
    ["attack raises allow to flag", "allow", { outcome: "attack", latencyMs: 7, score: 0.9 }, "flag"],
    ["attack raises flag to block", "flag", { outcome: "attack", latencyMs: 7 }, "block"],
    ["benign keeps a flag by default", "flag", { outcome: "benign", latencyMs: 7 }, "flag"],
    ["skipped changes nothing", "flag", { outcome: "skipped" }, "flag"],
  ] as const)("%s", (_name, verdict, run: CascadeRun, expected) => {
    const decision = decideWithCascade({ verdict, ...modelOnly }, run, policy);
    expect(decision.verdict).toBe(expected);
    expect(decision.degraded).toBe(false);
    expect(decision.report.engine_verdict).toBe(verdict);
  });

  it("a trusted benign answer clears only a flag the learned model alone raised", () => {
    const benign: CascadeRun = { outcome: "benign", latencyMs: 3, score: 0.1 };
    expect(decideWithCascade({ verdict: "flag", ...modelOnly }, benign, trusting).verdict).toBe("allow");
    expect(decideWithCascade({ verdict: "flag", ...signature }, benign, trusting).verdict).toBe("flag");
    expect(decideWithCascade({ verdict: "flag", matches: modelOnly.matches, signals: [signal] }, benign, trusting).verdict).toBe("flag");
    expect(decideWithCascade({ verdict: "allow", ...modelOnly }, benign, trusting).verdict).toBe("allow");
  });

  it.each([
    [{ outcome: "unavailable" }, false],
    [{ outcome: "timeout", latencyMs: 300 }, true],
    [{ outcome: "error", latencyMs: 12, detail: "Error: boom" }, true],
  ] as const)("no answer (%o) applies on_error as a floor and degrades", (run: CascadeRun, called) => {
    for (const [onError, engine, expected] of [
      ["allow", "flag", "flag"],
      ["flag", "allow", "flag"],
      ["block", "flag", "block"],
      ["allow", "allow", "allow"],
    ] as const) {
      const decision = decideWithCascade({ verdict: engine, ...signature }, run, CascadePolicy.parse({ enabled: true, on_error: onError }));
      expect(decision.verdict).toBe(expected);
      expect(decision.degraded).toBe(true);
      expect(decision.report).toMatchObject({ called, outcome: run.outcome, on_error: onError });
      expect(decision.reasons).toHaveLength(1);
    }
  });

  it("reports the score and the call's latency when there was a call", () => {
    const decision = decideWithCascade({ verdict: "flag", ...signature }, { outcome: "attack", latencyMs: 42, score: 0.97 }, policy);
    expect(decision.report).toEqual({ model: policy.model, called: true, outcome: "attack", score: 0.97, engine_verdict: "flag" });
    expect(decision.latencyMs).toBe(42);
    expect(decideWithCascade({ verdict: "flag", ...signature }, { outcome: "unavailable" }, policy).latencyMs).toBeUndefined();
  });
});
