/**
 * `npm run generate:literals`: derives the literal requirement of every built-in
 * signature's regex once, at build time, and writes them to
 * src/shared/detect/signatures/literal-requirements.json. Deriving them at run time
 * costs ~75 ms of CPU in a fresh isolate (parsing ~100 patterns), paid by the first
 * request; the engine now reads the file and derives only what it lacks (tenants' custom
 * signatures). test/shared/detect/literal-requirements.test.ts fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { builtinRequirements } from "../src/shared/detect/builtin-requirements";

const target = new URL("../src/shared/detect/signatures/literal-requirements.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(builtinRequirements())}\n`);
console.log(`wrote ${target.pathname}`);
