/**
 * Labelled JSONL records (the format of /work/shared/data/dev, see its README), validated
 * line by line: a malformed line stops the run with its file and line number rather
 * than silently skewing a rate.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const EvalRecordLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  label: z.enum(["attack", "benign"]),
  category: z.string().min(1),
  subcategory: z.string().optional(),
  source: z.string().min(1),
  system_prompt: z.string().optional(),
  /** Full language name; absent means English. */
  lang: z.string().optional(),
});
export type EvalRecordLine = z.infer<typeof EvalRecordLine>;

/** A record plus the file it came from (files, not `source`, are the unit of reporting). */
export interface EvalRecord extends EvalRecordLine {
  file: string;
}

/** Plain harmful requests are content moderation, not prompt attacks: reported apart. */
export function isHarmfulRequest(record: EvalRecord): boolean {
  return record.file.startsWith("harmful_") || record.category === "harmful_request";
}

export class DatasetError extends Error {}

export function parseJsonl(content: string, file: string): EvalRecord[] {
  const records: EvalRecord[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new DatasetError(`${file}:${index + 1}: not JSON`, { cause });
    }
    const parsed = EvalRecordLine.safeParse(json);
    if (!parsed.success) {
      throw new DatasetError(`${file}:${index + 1}: ${z.prettifyError(parsed.error)}`);
    }
    records.push({ ...parsed.data, file });
  });
  return records;
}

/** Every `*.jsonl` in `dir` (sorted by name) whose file name contains `only`, when given. */
export async function loadDataset(dir: string, only?: string): Promise<EvalRecord[]> {
  const names = (await readdir(dir))
    .filter((name) => name.endsWith(".jsonl"))
    .filter((name) => only === undefined || name.includes(only))
    .sort();
  if (names.length === 0) throw new DatasetError(`no *.jsonl files in ${dir}${only ? ` matching "${only}"` : ""}`);
  const files = await Promise.all(
    names.map(async (name) => parseJsonl(await readFile(path.join(dir, name), "utf8"), name.replace(/\.jsonl$/, ""))),
  );
  return files.flat();
}
