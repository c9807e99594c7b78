/**
 * The team's written corpus (scripts/train/corpus/*.jsonl): attacks and benign prompts
 * written for llm-fw, in the dev data's line format, by writers who read neither the
 * dev or redteam texts nor the detection code. Like the signatures' own sentences they
 * always train (never held out, never calibrate), so grouped cross-validation still
 * measures unseen dataset families; each file is a family of its own for weighting.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadDataset, type EvalRecord } from "../eval/dataset";
import { isOwnSentence, isOwnText, OWN_PREFIX } from "./own-sentences";

export const CORPUS_DIR = "scripts/train/corpus";

/** Every corpus file's records, their file renamed `own_<name>` so they count as own text. */
export async function ownCorpusRecords(dir: string): Promise<EvalRecord[]> {
  const records = await loadDataset(dir);
  return records.map((record) => ({ ...record, file: `${OWN_PREFIX}${record.file}` }));
}

/** What the manifest records: each file's hash and counts by label. */
export async function ownCorpusDigest(records: readonly EvalRecord[], dir: string): Promise<unknown[]> {
  const files = [...new Set(records.filter((r) => isOwnText(r) && !isOwnSentence(r)).map((r) => r.file))].sort();
  return Promise.all(
    files.map(async (file) => {
      const name = `${file.slice(OWN_PREFIX.length)}.jsonl`;
      const own = records.filter((r) => r.file === file);
      return {
        file: path.join(dir, name),
        sha256: createHash("sha256").update(await readFile(path.join(dir, name))).digest("hex"),
        attacks: own.filter((r) => r.label === "attack").length,
        benign: own.filter((r) => r.label === "benign").length,
      };
    }),
  );
}
