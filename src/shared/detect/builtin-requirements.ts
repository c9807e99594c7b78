/**
 * The literal requirements and match heads of the built-in signatures, keyed as the
 * literal gates and match starts look them up (`requirementKey`). Computed here at build
 * time (scripts/generate-literals.ts) and shipped as signatures/literal-requirements.json
 * and signatures/match-heads.json, so a fresh isolate does not parse every built-in
 * pattern before its first request.
 */
import { compileBuiltins } from "./compiled-signature";
import { type HeadEntries, matchHeads, type RequirementEntries, requiredLiterals, requirementKey } from "./required-literals";
import { BUILTIN_SIGNATURES } from "./signatures/index";

function builtinRegexes(): RegExp[] {
  return compileBuiltins(BUILTIN_SIGNATURES, new Set()).flatMap((signature) => (signature.regex === null ? [] : [signature.regex]));
}

/** Derives every built-in's requirement (the slow path the JSON file replaces). */
export function builtinRequirements(): RequirementEntries {
  return builtinRegexes().map((regex) => [requirementKey(regex), requiredLiterals(regex)]);
}

/** Derives every built-in's match heads (the slow path the JSON file replaces). */
export function builtinHeads(): HeadEntries {
  return builtinRegexes().map((regex) => [requirementKey(regex), matchHeads(regex)]);
}
