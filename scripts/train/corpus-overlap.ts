/**
 * Checks that the written corpus (scripts/train/corpus) copies nothing from the data it
 * is judged on: no corpus text may equal a text of the given directories, or share a run
 * of eight words with one, after lowercasing and dropping punctuation. Exits 1 and names
 * the corpus ids (never the other texts) when one does.
 *   npx tsx scripts/train/corpus-overlap.ts --against ../shared/data/dev --against bench/redteam
 */
import { parseArgs } from "node:util";
import { loadDataset } from "../eval/dataset";
import { CORPUS_DIR } from "./own-corpus";

const RUN = 8;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
}

function runs(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= ws.length; i++) out.push(ws.slice(i, i + RUN).join(" "));
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { against: { type: "string", multiple: true }, corpus: { type: "string", default: CORPUS_DIR } } });
  const against = values.against ?? [];
  if (against.length === 0) throw new Error("usage: npx tsx scripts/train/corpus-overlap.ts --against <dir> [--against <dir>] [--corpus <dir>]");
  const whole = new Set<string>();
  const eightWordRuns = new Set<string>();
  for (const dir of against) {
    for (const record of await loadDataset(dir)) {
      const ws = words(record.text);
      whole.add(ws.join(" "));
      for (const run of runs(ws)) eightWordRuns.add(run);
    }
  }
  const corpus = await loadDataset(values.corpus);
  const overlapping = corpus.filter((record) => {
    const ws = words(record.text);
    return whole.has(ws.join(" ")) || runs(ws).some((run) => eightWordRuns.has(run));
  });
  process.stdout.write(`${corpus.length} corpus texts checked against ${against.join(", ")}: ${overlapping.length} overlapping\n`);
  for (const record of overlapping) process.stdout.write(`  ${record.id}\n`);
  if (overlapping.length > 0) process.exitCode = 1;
}

await main();
