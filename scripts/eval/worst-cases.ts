/**
 * The misses and false positives to look at first. Printed to the terminal only:
 * dataset texts must never end up in files of the repository.
 */
import { isHarmfulRequest } from "./dataset";
import type { EvasionRow } from "./evasion";
import type { Outcome } from "./inspect-records";

const VERDICT_RANK = { block: 2, flag: 1, allow: 0 } as const;

/** Missed attacks, most confidently allowed (lowest risk) first. */
export function worstMisses(outcomes: readonly Outcome[], n: number): Outcome[] {
  return outcomes
    .filter((o) => o.record.label === "attack" && !isHarmfulRequest(o.record) && o.verdict === "allow")
    .sort((a, b) => a.risk - b.risk || a.record.id.localeCompare(b.record.id))
    .slice(0, n);
}

/** Benign prompts flagged or blocked, blocks first, then by risk. */
export function worstFalsePositives(outcomes: readonly Outcome[], n: number): Outcome[] {
  return outcomes
    .filter((o) => o.record.label === "benign" && o.verdict !== "allow")
    .sort((a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || b.risk - a.risk || a.record.id.localeCompare(b.record.id))
    .slice(0, n);
}

/** At most `max` characters on one line, control and invisible characters made visible. */
export function preview(text: string, max = 80): string {
  const oneLine = text.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
  const chars = Array.from(oneLine);
  return chars.length <= max ? oneLine : `${chars.slice(0, max - 1).join("")}…`;
}

export function renderWorstCases(outcomes: readonly Outcome[], n: number): string {
  const line = (o: Outcome): string =>
    `  ${o.record.id}  ${o.record.file}  ${o.verdict} risk=${o.risk}  [${o.signatureIds.join(", ")}]\n    ${preview(o.record.text)}`;
  const misses = worstMisses(outcomes, n);
  const falsePositives = worstFalsePositives(outcomes, n);
  return [
    `Worst missed attacks (${misses.length}):`,
    ...misses.map(line),
    `Worst false positives (${falsePositives.length}):`,
    ...falsePositives.map(line),
  ].join("\n");
}

/**
 * Attacks caught in plain form but missed after a transform, ids only: the list to
 * feed into a fold or decoder.
 */
export function renderEvasionMisses(rows: readonly EvasionRow[], n: number): string {
  const plain = rows.find((row) => row.transform === "plain");
  const caughtPlain = new Set(plain?.outcomes.filter((o) => o.verdict !== "allow").map((o) => o.record.id));
  const lines = rows
    .filter((row) => row !== plain)
    .map((row) => {
      const lost = row.outcomes.filter((o) => o.verdict === "allow" && caughtPlain.has(o.record.id));
      const ids = lost.slice(0, n).map((o) => `${o.record.id} (${o.record.file})`);
      return `  ${row.transform}: ${lost.length} lost${ids.length > 0 ? `: ${ids.join(", ")}` : ""}`;
    });
  return ["Attacks caught plain but lost under a transform:", ...lines].join("\n");
}
