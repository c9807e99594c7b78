/**
 * Text overlap between two sets of records: a record of `corpus` overlaps when its text
 * equals a text of `against`, or shares a run of eight words with one, after lowercasing
 * and dropping punctuation. Used to prove that the written corpus copies nothing from the
 * data it is judged on (corpus-overlap.ts, and a test).
 */
import type { EvalRecord } from "../eval/dataset";

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

/** The records of `corpus` that equal or share an eight-word run with a record of `against`. */
export function overlapping(corpus: readonly EvalRecord[], against: readonly EvalRecord[]): EvalRecord[] {
  const whole = new Set<string>();
  const eightWordRuns = new Set<string>();
  for (const record of against) {
    const ws = words(record.text);
    whole.add(ws.join(" "));
    for (const run of runs(ws)) eightWordRuns.add(run);
  }
  return corpus.filter((record) => {
    const ws = words(record.text);
    return whole.has(ws.join(" ")) || runs(ws).some((run) => eightWordRuns.has(run));
  });
}
