/**
 * `npm run generate:literals`: derives the literal requirement and the match heads of
 * every built-in signature's regex once, at build time, and writes them to
 * src/shared/detect/signatures/literal-requirements.json and match-heads.json, and the words
 * the `rejoined` view knows to rejoin-words.json. Deriving them at run time
 * costs ~75 ms of CPU in a fresh isolate (parsing ~100 patterns), paid by the first
 * request; the engine now reads the files and derives only what they lack (tenants' custom
 * signatures). test/shared/detect/literal-requirements.test.ts fails when a file is stale.
 */
import { writeFileSync } from "node:fs";
import { builtinHeads, builtinRequirements, rejoinWords } from "../src/shared/detect/builtin-requirements";

const requirements = builtinRequirements();
for (const [file, entries] of [
  ["literal-requirements.json", requirements],
  ["match-heads.json", builtinHeads()],
  ["rejoin-words.json", rejoinWords(requirements)],
] as const) {
  const target = new URL(`../src/shared/detect/signatures/${file}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(entries)}\n`);
  console.log(`wrote ${target.pathname}`);
}
