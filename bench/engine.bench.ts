/**
 * `npm run bench`: the engine alone (default policy, as the DO builds it) on synthetic
 * prompts of 256 B to 1 MB and on pathological inputs. Prints tables, then one JSON line.
 * `npm run bench -- --no-model` leaves the learned scorer out (signatures alone).
 */
import os from "node:os";
import { engineUnderTest } from "../scripts/eval/engine-under-test";
import { runPathologicalCases, runSizeCases, type CaseResult } from "./bench-cases";
import { linearity, renderResults, summaryLine } from "./bench-report";
import { userPrompt } from "./prompt-input";
import { MULTILINGUAL_WARMUP } from "./synthetic-text";

function main(): void {
  const model = !process.argv.includes("--no-model");
  const engine = engineUnderTest({ model });
  for (let round = 0; round < 20; round++) for (const text of MULTILINGUAL_WARMUP) engine.inspect(userPrompt(text));
  console.log(`llm-fw bench: Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown cpu"}), one thread`);

  const progress = (r: CaseResult): void => void process.stderr.write(`  measured ${r.name}\n`);
  const sizes = runSizeCases(engine, progress);
  const pathological = runPathologicalCases(engine, progress);

  console.log(`\n${renderResults(`Synthetic prompts (default policy, ${model ? "model on when present" : "signatures only, --no-model"})`, sizes)}`);
  const ratio = (kind: CaseResult["kind"]): string => linearity(sizes, kind)?.toFixed(2) ?? "-";
  console.log(`\nLinearity (per-byte p50 time, 1 MB ÷ 4 KB; ≈1 is linear): benign ${ratio("benign")}, attack ${ratio("attack")}`);
  console.log(`\n${renderResults("Pathological inputs", pathological)}`);
  console.log(`\n${JSON.stringify(summaryLine(sizes, pathological))}`);
}

main();
