/**
 * The learned scorer alone on synthetic prompts (bench/synthetic-text.ts: our own seeded
 * generator, no dataset text): p50/p99 per call after warm-up, one thread, and the mean
 * CPU time per call over as many more calls. The bench machine is shared: wall-clock p99
 * includes time the process was not running, CPU time does not.
 *   npx tsx bench/model.bench.ts
 * Target (issue 4): p99 < 0.5 ms for a 4 KB prompt.
 */
import os from "node:os";
import { createDefaultModelScorer } from "../src/shared/model/index";
import { renderTable } from "../scripts/eval/text-table";
import { measure } from "./measure";
import { attackText, benignText, MULTILINGUAL_WARMUP } from "./synthetic-text";

const SIZES = [256, 1024, 4096, 16_384, 65_536];
const BUDGET = { warmupMs: 300, measureMs: 1500, maxIterations: 5000, minIterations: 50 };

function main(): void {
  const scorer = createDefaultModelScorer();
  // As the engine calls it for a text in which it found no words split by spaces (the
  // synthetic texts have none): the rejoin fold's scan is then the engine's, not repeated here.
  const context = { role: "user", direction: "input", splitWords: false } as const;
  for (let round = 0; round < 20; round++) for (const text of MULTILINGUAL_WARMUP) scorer.score(text, context);
  console.log(`model bench: Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown cpu"}, one thread`);
  const rows: string[][] = [];
  for (const kind of ["benign", "attack"] as const) {
    for (const bytes of SIZES) {
      const text = kind === "benign" ? benignText(bytes) : attackText(bytes);
      const call = (): void => void scorer.score(text, context);
      const timing = measure(call, BUDGET);
      rows.push([`${kind} ${bytes} B`, timing.p50Ms.toFixed(3), timing.p99Ms.toFixed(3), meanCpuMs(call, timing.iterations).toFixed(3), String(timing.iterations)]);
    }
  }
  console.log(renderTable(["input", "p50 ms", "p99 ms", "mean CPU ms", "calls"], rows));
}

/** Process CPU time (user + system) per call over `calls` calls. */
function meanCpuMs(call: () => void, calls: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) call();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

main();
