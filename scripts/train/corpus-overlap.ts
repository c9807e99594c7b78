/**
 * Checks that the written corpus (scripts/train/corpus) copies nothing from the data it
 * is judged on (text-overlap.ts). Exits 1 and names the corpus ids (never the other
 * texts) when a corpus text equals one of theirs or shares an eight-word run with it.
 *   npx tsx scripts/train/corpus-overlap.ts --against ../shared/data/dev --against bench/redteam
 */
import { parseArgs } from "node:util";
import { loadDataset } from "../eval/dataset";
import { CORPUS_DIR } from "./own-corpus";
import { overlapping } from "./text-overlap";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { against: { type: "string", multiple: true }, corpus: { type: "string", default: CORPUS_DIR } } });
  const against = values.against ?? [];
  if (against.length === 0) throw new Error("usage: npx tsx scripts/train/corpus-overlap.ts --against <dir> [--against <dir>] [--corpus <dir>]");
  const judged = (await Promise.all(against.map((dir) => loadDataset(dir)))).flat();
  const corpus = await loadDataset(values.corpus);
  const found = overlapping(corpus, judged);
  process.stdout.write(`${corpus.length} corpus texts checked against ${against.join(", ")}: ${found.length} overlapping\n`);
  for (const record of found) process.stdout.write(`  ${record.id}\n`);
  if (found.length > 0) process.exitCode = 1;
}

await main();
