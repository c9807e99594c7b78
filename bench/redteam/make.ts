/**
 * Assembles the llm-fw red-team evaluation set from the hand-written texts in ./texts.
 * Deterministic: secrets/PII values come from a seeded RNG, so re-running gives identical files.
 *
 *   npx tsx bench/redteam/make.ts          # writes bench/redteam/*.jsonl and prints counts
 *
 * EVALUATION ONLY: these records must never be used to train or tune the detection engine.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Item } from "./texts/types";
import { direct } from "./texts/direct";
import { carriers } from "./texts/indirect";
import { multilingual } from "./texts/multilingual";
import { mulberry32, piiItems, secretItems } from "./texts/secrets-pii";
import { benign } from "./texts/benign";
import { benignExtra } from "./texts/benign-extra";
import { benignMultilingual } from "./texts/benign-multilingual";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = 20250611;

interface Record {
  id: string;
  text: string;
  label: "attack" | "benign";
  category: string;
  subcategory: string;
  source: "llm-fw/redteam";
  license: "MIT";
  system_prompt?: string;
  lang?: string;
}

function records(prefix: string, label: Record["label"], items: Item[]): Record[] {
  return items.map((it, i) => ({
    id: `rt-${prefix}-${String(i + 1).padStart(4, "0")}`,
    text: it.text,
    label,
    category: it.category,
    subcategory: it.subcategory,
    source: "llm-fw/redteam",
    license: "MIT",
    ...(it.system_prompt !== undefined ? { system_prompt: it.system_prompt } : {}),
    ...(it.lang !== undefined ? { lang: it.lang } : {}),
  }));
}

// Indirect: every payload of every carrier is an attack; each carrier once without payload is benign.
const indirect: Item[] = carriers.flatMap((c) =>
  c.payloads.map((p) => ({ category: "indirect_injection", subcategory: `${c.kind}:${p.sub}`, text: c.template.replace("{{P}}", p.text) })),
);
const cleanDocs: Item[] = carriers.map((c) => ({
  category: "document_qa_benign",
  subcategory: `${c.kind}:clean_twin`,
  text: c.template.replace(/\n?\{\{P\}\}\n?/, "\n").replace("{{P}}", ""),
}));

const rng = mulberry32(SEED);
const files: [string, Record[]][] = [
  ["attacks-direct", records("direct", "attack", direct)],
  ["attacks-indirect", records("indirect", "attack", indirect)],
  ["attacks-multilingual", records("multi", "attack", multilingual)],
  ["attacks-secrets-pii", records("secpii", "attack", [...secretItems(rng), ...piiItems(rng)])],
  ["benign-hard", records("benign", "benign", [...benign, ...benignExtra])],
  ["benign-documents", records("doc", "benign", cleanDocs)],
  ["benign-multilingual", records("bmulti", "benign", benignMultilingual)],
];

// Sanity: no duplicate texts, no leftover placeholder, every multilingual record has a language.
const seen = new Map<string, string>();
for (const [, recs] of files)
  for (const r of recs) {
    if (r.text.includes("{{P}}")) throw new Error(`placeholder left in ${r.id}`);
    const key = r.text.toLowerCase().replace(/\s+/g, " ").trim();
    if (seen.has(key)) throw new Error(`duplicate text: ${r.id} and ${seen.get(key)}`);
    seen.set(key, r.id);
  }

const table: string[] = [];
for (const [name, recs] of files) {
  writeFileSync(path.join(HERE, `${name}.jsonl`), recs.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const byCat = new Map<string, number>();
  for (const r of recs) byCat.set(r.category, (byCat.get(r.category) ?? 0) + 1);
  table.push(`| \`${name}.jsonl\` | ${recs.length} | ${[...byCat].map(([c, n]) => `${c} ${n}`).join(", ")} |`);
}
const all = files.flatMap(([, r]) => r);
const byLang = new Map<string, { attack: number; benign: number }>();
for (const r of all) {
  const l = r.lang ?? "English";
  const e = byLang.get(l) ?? { attack: 0, benign: 0 };
  e[r.label]++;
  byLang.set(l, e);
}
console.log(table.join("\n"));
console.log(`\ntotal ${all.length}: attack ${all.filter((r) => r.label === "attack").length}, benign ${all.filter((r) => r.label === "benign").length}`);
console.log("\n| language | attack | benign |\n|---|---:|---:|");
for (const [l, e] of [...byLang].sort((a, b) => b[1].attack + b[1].benign - a[1].attack - a[1].benign)) console.log(`| ${l} | ${e.attack} | ${e.benign} |`);
const subs = new Set(all.map((r) => `${r.label}/${r.category}/${r.subcategory}`));
console.log(`\ndistinct subcategories: ${subs.size}`);
