/**
 * The literal requirements of the built-in signatures, keyed as the literal gates look
 * them up (`requirementKey`). Computed here at build time (scripts/generate-literals.ts)
 * and shipped as signatures/literal-requirements.json, so a fresh isolate does not parse
 * every built-in pattern before its first request.
 */
import { compileBuiltins } from "./compiled-signature";
import { type RequirementEntries, requiredLiterals, requirementKey } from "./required-literals";
import { BUILTIN_SIGNATURES } from "./signatures/index";

/** Derives every built-in's requirement (the slow path the JSON file replaces). */
export function builtinRequirements(): RequirementEntries {
  const entries: RequirementEntries = [];
  for (const signature of compileBuiltins(BUILTIN_SIGNATURES, new Set())) {
    if (signature.regex !== null) entries.push([requirementKey(signature.regex), requiredLiterals(signature.regex)]);
  }
  return entries;
}
