/**
 * The team's own sentences as extra training text: every built-in signature's test cases
 * (src/shared/detect/signatures), the attacks it must catch as attacks and the benign
 * look-alikes it must not as benign. They are written by hand, not taken from a dataset,
 * and say the same thing many ways, so they teach the model phrasings no single source
 * family has. They always train: never held out (a fold's figures stay about unseen
 * dataset families) and never calibrate (thresholds stay on held-apart dev benign texts).
 * Output-direction cases (model replies) are left out: the model reads inputs.
 */
import { createHash } from "node:crypto";
import { BUILTIN_SIGNATURES } from "../../src/shared/detect/signatures/index";
import type { Category } from "../../src/shared/schemas/common";
import type { EvalRecord } from "../eval/dataset";

/** Prefix of the team's own texts' file names (these sentences, the written corpus); no dev file starts with it. */
export const OWN_PREFIX = "own_";
/** File name (and source family) of the own sentences. */
const OWN_FILE = `${OWN_PREFIX}sentences`;

export interface OwnSentenceOptions {
  /** Weight of the own attacks, and of the own benign texts, relative to a dataset family of the same size. */
  weight: number;
  /** Signature categories whose cases are left out. */
  exclude: readonly Category[];
}

export function isOwnSentence(record: EvalRecord): boolean {
  return record.file === OWN_FILE;
}

/** The team's own text (these sentences or the written corpus, own-corpus.ts): trains in every fold. */
export function isOwnText(record: EvalRecord): boolean {
  return record.file.startsWith(OWN_PREFIX);
}

/** The cases as records, deduplicated by text, in signature order (so the run is deterministic). */
export function ownSentenceRecords(options: OwnSentenceOptions): EvalRecord[] {
  const seen = new Set<string>();
  const records: EvalRecord[] = [];
  for (const signature of BUILTIN_SIGNATURES) {
    if (signature.cases.direction === "output" || options.exclude.includes(signature.category)) continue;
    const add = (text: string, label: "attack" | "benign"): void => {
      if (seen.has(text)) return;
      seen.add(text);
      const category = label === "attack" ? signature.category : "own_lookalike";
      records.push({ id: `own:${records.length}`, text, label, category, source: signature.id, file: OWN_FILE });
    };
    for (const text of signature.cases.positive) add(text, "attack");
    for (const text of signature.cases.negative) add(text, "benign");
  }
  return records;
}

/** What the manifest records: counts and a hash of the texts with their labels, in training order. */
export function ownSentencesDigest(records: readonly EvalRecord[], options: OwnSentenceOptions): Record<string, unknown> {
  const own = records.filter(isOwnSentence);
  const hash = createHash("sha256");
  for (const record of own) hash.update(`${record.label}\t${record.text}\n`);
  return {
    source: "src/shared/detect/signatures (cases.positive as attacks, cases.negative as benign; input direction)",
    sha256: hash.digest("hex"),
    attacks: own.filter((r) => r.label === "attack").length,
    benign: own.filter((r) => r.label === "benign").length,
    weight: options.weight,
    excluded_categories: options.exclude,
  };
}
