/**
 * `npm run eval -- --data <dir>`: detection quality of the engine over labelled JSONL
 * (recall, flag/block FPR per source, category and language, recall under the issue's
 * evasion transforms and under further ciphers and word cuts). Ends with one JSON line of
 * the overall figures.
 */
import { performance } from "node:perf_hooks";
import { parseEvalArgs } from "./eval/args";
import { isHarmfulRequest, loadDataset } from "./eval/dataset";
import { CIPHER_TRANSFORMS } from "./eval/cipher-transforms";
import { buildReport, evasionRates, summaryLine } from "./eval/eval-report";
import { engineUnderTest } from "./eval/engine-under-test";
import { deterministicSample, runEvasion } from "./eval/evasion";
import { readingAsDocuments } from "./eval/document-input";
import { inspectRecords } from "./eval/inspect-records";
import { renderEvasion } from "./eval/render-evasion";
import { renderReport } from "./eval/render-report";
import { renderEvasionMisses, renderWorstCases } from "./eval/worst-cases";

async function main(): Promise<void> {
  const parsed = parseEvalArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exitCode = 2;
    return;
  }
  const options = parsed.options;
  const records = await loadDataset(options.data, options.only);
  const tested = engineUnderTest({ model: options.model });
  const engine = options.asDocument ? readingAsDocuments(tested) : tested;
  const files = new Set(records.map((r) => r.file)).size;
  console.log(`llm-fw eval: ${records.length} records from ${files} files in ${options.data}, model ${options.model ? "on" : "off"}${options.asDocument ? ", texts passed as document parts" : ""}\n`);

  const started = performance.now();
  const outcomes = inspectRecords(engine, records);
  const seconds = (performance.now() - started) / 1000;

  const attacks = records.filter((r) => r.label === "attack" && !isHarmfulRequest(r));
  const sample = deterministicSample(attacks, options.evasionSample);
  const evasion = runEvasion(engine, sample);
  const ciphers = runEvasion(engine, sample, CIPHER_TRANSFORMS);
  const report = buildReport(outcomes, evasion, { model: options.model, evasionSampleOf: attacks.length, seconds });
  const summary = { ...summaryLine(report), evasion_ciphers: evasionRates(ciphers).byTransform };

  if (options.json) console.log(JSON.stringify(report, jsonSafe));
  else console.log(`${renderReport(report)}\n\n${renderEvasion(ciphers, attacks.length, "Ciphers, encodings and word cuts beyond the issue's list")}`);
  if (options.errors > 0) {
    console.log(`\n${renderWorstCases(outcomes, options.errors)}`);
    console.log(`\n${renderEvasionMisses(evasion, options.errors)}`);
  }
  console.log(`\n${JSON.stringify(summary)}`);
}

/**
 * Maps become objects; per-record outcomes are left out (engine errors keep their ids)
 * so no dataset text is serialized.
 */
function jsonSafe(key: string, value: unknown): unknown {
  if (key === "outcomes") return undefined;
  if (value instanceof Map) return Object.fromEntries(value);
  if (typeof value === "object" && value !== null && "record" in value && "verdict" in value) {
    const { record, ...rest } = value;
    return { id: typeof record === "object" && record !== null && "id" in record ? record.id : undefined, ...rest };
  }
  return value;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && error.cause !== undefined) console.error(error.cause);
  process.exitCode = 1;
});
