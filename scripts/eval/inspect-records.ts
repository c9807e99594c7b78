/**
 * Runs the engine over records and keeps, per record, what the report needs: the
 * verdict, the risk and which signatures fired. The engine is a parameter so tests can
 * drive this with a fake.
 */
import { performance } from "node:perf_hooks";
import type { Engine, EngineInput } from "../../src/shared/detect/contract";
import type { Verdict } from "../../src/shared/schemas/common";
import type { EvalRecord } from "./dataset";

export interface Outcome {
  record: EvalRecord;
  verdict: Verdict;
  risk: number;
  signatureIds: string[];
  /** Set when the engine threw; the record then counts as allowed (fail open). */
  error?: string;
  ms: number;
}

/** A flag or a block: what "detected" means for recall and for the flag FPR. */
export function isDetected(verdict: Verdict): boolean {
  return verdict !== "allow";
}

/**
 * The conversation the model would see: a CyberSecEval-style record is only an attack
 * relative to its system prompt, so the prompt goes in as its own message.
 */
export function toEngineInput(record: EvalRecord, text: string = record.text): EngineInput {
  const user = { role: "user" as const, content: text };
  return {
    direction: "input",
    messages: record.system_prompt === undefined ? [user] : [{ role: "system", content: record.system_prompt }, user],
  };
}

export function inspectRecord(engine: Engine, record: EvalRecord, text?: string): Outcome {
  const started = performance.now();
  try {
    const result = engine.inspect(toEngineInput(record, text));
    return {
      record,
      verdict: result.verdict,
      risk: result.risk_score,
      signatureIds: [...new Set(result.matches.filter((m) => m.mode === "enforce").map((m) => m.signature_id))],
      ms: performance.now() - started,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { record, verdict: "allow", risk: 0, signatureIds: [], error: message, ms: performance.now() - started };
  }
}

export function inspectRecords(engine: Engine, records: readonly EvalRecord[]): Outcome[] {
  return records.map((record) => inspectRecord(engine, record));
}
