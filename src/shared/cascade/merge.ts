/**
 * How the classifier's answer changes the engine's verdict. An attack answer moves the
 * verdict one step up (allow → flag, flag → block): it corroborates evidence the engine
 * already had, the way a second signature does, so a lone classifier opinion on a case
 * the engine barely noticed flags rather than blocks. A benign answer changes nothing
 * unless the policy trusts it (`trust_benign`), and then only clears a flag that the
 * learned model alone raised: signatures and evasion signals are explainable evidence a
 * second model's opinion does not overrule. No answer at all (unavailable, timeout,
 * error) applies `on_error` as a floor and marks the result degraded.
 */
import { worse } from "../detect/scoring/verdict";
import type { Verdict } from "../schemas/common";
import type { CascadeReport, Match, Signal } from "../schemas/inspect";
import type { CascadePolicy } from "../schemas/policy";
import type { CascadeRun } from "./run";

export interface CascadeDecision {
  verdict: Verdict;
  degraded: boolean;
  /** Reasons to add to the engine's. */
  reasons: string[];
  report: CascadeReport;
  /** Time spent on the classifier call, when one was made. */
  latencyMs?: number;
}

const ONE_STEP_UP: Readonly<Record<Verdict, Verdict>> = { allow: "flag", flag: "block", block: "block" };

/** True when nothing but learned scorers (`view: "model"`) is behind the verdict. */
function onlyModelEvidence(matches: readonly Match[], signals: readonly Signal[]): boolean {
  const enforced = matches.filter((m) => m.mode === "enforce");
  return signals.length === 0 && enforced.length > 0 && enforced.every((m) => m.view === "model");
}

export function decideWithCascade(
  engine: { verdict: Verdict; matches: readonly Match[]; signals: readonly Signal[] },
  run: CascadeRun,
  policy: CascadePolicy,
): CascadeDecision {
  const report: CascadeReport = {
    model: policy.model,
    called: run.outcome !== "skipped" && run.outcome !== "unavailable",
    outcome: run.outcome,
    engine_verdict: engine.verdict,
  };
  const latencyMs = "latencyMs" in run ? run.latencyMs : undefined;
  const base = { report, ...(latencyMs === undefined ? {} : { latencyMs }) };
  switch (run.outcome) {
    case "skipped":
      return { ...base, verdict: engine.verdict, degraded: false, reasons: [] };
    case "attack": {
      const verdict = ONE_STEP_UP[engine.verdict];
      if (run.score !== undefined) report.score = run.score;
      return { ...base, verdict, degraded: false, reasons: [`cascade:${policy.model} attack${scoreText(run.score)} → ${verdict}`] };
    }
    case "benign": {
      if (run.score !== undefined) report.score = run.score;
      const clears = policy.trust_benign && engine.verdict === "flag" && onlyModelEvidence(engine.matches, engine.signals);
      const effect = clears ? "clears the learned model's flag → allow" : "verdict kept";
      return { ...base, verdict: clears ? "allow" : engine.verdict, degraded: false, reasons: [`cascade:${policy.model} benign${scoreText(run.score)}, ${effect}`] };
    }
    case "unavailable":
    case "timeout":
    case "error": {
      report.on_error = policy.on_error;
      const verdict = worse(engine.verdict, policy.on_error);
      return { ...base, verdict, degraded: true, reasons: [`cascade:${policy.model} ${failureText(run, policy)} → on_error ${policy.on_error}`] };
    }
  }
}

function scoreText(score: number | undefined): string {
  return score === undefined ? "" : ` p=${score.toFixed(2)}`;
}

function failureText(run: Extract<CascadeRun, { outcome: "unavailable" | "timeout" | "error" }>, policy: CascadePolicy): string {
  switch (run.outcome) {
    case "unavailable":
      return "unavailable (no AI binding configured)";
    case "timeout":
      return `timed out after ${policy.timeout_ms} ms`;
    case "error":
      return `failed (${run.detail})`;
  }
}
