/** A stand-in engine for the harness tests: flags "ignore", blocks "BLOCK", throws on "THROW". */
import type { Engine, EngineInput, EngineResult } from "../../../src/shared/detect/contract";
import type { EvalRecord } from "../../../scripts/eval/dataset";

function textOf(input: EngineInput): string {
  return input.messages.map((m) => (typeof m.content === "string" ? m.content : m.content.map((p) => p.text).join(""))).join("\n");
}

export const fakeEngine: Engine = {
  inspect(input: EngineInput): EngineResult {
    const text = textOf(input);
    if (text.includes("THROW")) throw new Error("boom");
    const blocked = text.includes("BLOCK");
    const flagged = blocked || /ignore/i.test(text);
    const match = {
      signature_id: blocked ? "fake.block" : "fake.ignore",
      version: 1,
      category: "prompt_injection" as const,
      severity: "high" as const,
      message_index: 0,
      start: 0,
      end: 1,
      excerpt: "",
      view: "raw",
      mode: "enforce" as const,
    };
    return {
      verdict: blocked ? "block" : flagged ? "flag" : "allow",
      risk_score: blocked ? 90 : flagged ? 50 : 5,
      categories: flagged ? ["prompt_injection"] : [],
      matches: flagged ? [match] : [],
      signals: [],
      reasons: [],
    };
  },
};

let counter = 0;
export function record(fields: Partial<EvalRecord> & Pick<EvalRecord, "text" | "label">): EvalRecord {
  counter++;
  return { id: `r${counter}`, category: fields.label === "attack" ? "prompt_injection" : "general_chat", source: "unit", file: "unit", ...fields };
}
