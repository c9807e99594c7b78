/**
 * What the bench measures: the four prompt sizes of DESIGN.md §7 for benign and attack
 * text, then the pathological set. Budgets shrink as prompts grow so the whole run
 * stays under a minute on 2 cores.
 */
import type { Engine } from "../src/shared/detect/contract";
import type { Verdict } from "../src/shared/schemas/common";
import { measure, type Budget, type Timing } from "./measure";
import { pathologicalCases } from "./pathological";
import { userPrompt } from "./prompt-input";
import { attackText, benignText } from "./synthetic-text";

export const SIZES = [
  { label: "256 B", bytes: 256, budget: { warmupMs: 300, measureMs: 1500, maxIterations: 20_000, minIterations: 50 } },
  { label: "4 KB", bytes: 4096, budget: { warmupMs: 400, measureMs: 2500, maxIterations: 20_000, minIterations: 50 } },
  { label: "64 KB", bytes: 65_536, budget: { warmupMs: 400, measureMs: 2500, maxIterations: 5_000, minIterations: 10 } },
  { label: "1 MB", bytes: 1_048_576, budget: { warmupMs: 500, measureMs: 3000, maxIterations: 500, minIterations: 3 } },
] as const;

const PATHOLOGICAL_BUDGET: Budget = { warmupMs: 200, measureMs: 1500, maxIterations: 200, minIterations: 3 };

export interface CaseResult extends Timing {
  name: string;
  kind: "benign" | "attack" | "pathological";
  sizeLabel: string;
  bytes: number;
  verdict: Verdict;
}

function runCase(engine: Engine, name: string, kind: CaseResult["kind"], sizeLabel: string, text: string, budget: Budget): CaseResult {
  const input = userPrompt(text);
  const verdict = engine.inspect(input).verdict;
  const timing = measure(() => engine.inspect(input), budget);
  return { name, kind, sizeLabel, bytes: Buffer.byteLength(text), verdict, ...timing };
}

export function runSizeCases(engine: Engine, onResult: (result: CaseResult) => void): CaseResult[] {
  const results: CaseResult[] = [];
  for (const kind of ["benign", "attack"] as const) {
    for (const size of SIZES) {
      const text = kind === "benign" ? benignText(size.bytes) : attackText(size.bytes);
      const result = runCase(engine, `${kind} ${size.label}`, kind, size.label, text, size.budget);
      onResult(result);
      results.push(result);
    }
  }
  return results;
}

export function runPathologicalCases(engine: Engine, onResult: (result: CaseResult) => void): CaseResult[] {
  return pathologicalCases().map(({ name, text }) => {
    const result = runCase(engine, name, "pathological", "", text, PATHOLOGICAL_BUDGET);
    onResult(result);
    return result;
  });
}
