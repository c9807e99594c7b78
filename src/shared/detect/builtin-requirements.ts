/**
 * The literal requirements and match heads of the built-in signatures, keyed as the
 * literal gates and match starts look them up (`requirementKey`). Computed here at build
 * time (scripts/generate-literals.ts) and shipped as signatures/literal-requirements.json
 * and signatures/match-heads.json, so a fresh isolate does not parse every built-in
 * pattern before its first request; the words the `rejoined` view knows come from the
 * same requirements (signatures/rejoin-words.json).
 */
import { compileBuiltins } from "./compiled-signature";
import { type HeadEntries, literalsOf, matchHeads, type RequirementEntries, requiredLiterals, requirementKey } from "./required-literals";
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

/** Words this long or longer are rejoined when split (split-words.ts); shorter ones are ordinary words too often ("any", "set"). */
const MIN_REJOINED_LETTERS = 5;

/** The regexes the built-ins' validators require besides their patterns (`context`). */
function builtinContextRegexes(): RegExp[] {
  return BUILTIN_SIGNATURES.flatMap((signature) => signature.context ?? []);
}

/**
 * The words the built-ins cannot match without (the a-z words of five letters or more in
 * the literal requirements of their patterns and of the regexes their validators
 * require, lowercased as the `rejoined` view is), sorted: what that view puts back
 * together when a text splits them ("instruc tions"), shipped as signatures/rejoin-words.json.
 */
export function rejoinWords(requirements: RequirementEntries, context: readonly RegExp[] = builtinContextRegexes()): string[] {
  const literals = new Set<string>();
  for (const [, requirement] of requirements) if (requirement !== null) literalsOf(requirement, literals);
  for (const regex of context) {
    const requirement = requiredLiterals(regex);
    if (requirement !== null) literalsOf(requirement, literals);
  }
  const lowercased = new Set([...literals].map((literal) => literal.toLowerCase()));
  const words = new Set<string>();
  for (const literal of lowercased) {
    for (const word of literal.split(/[^a-z]+/)) if (word.length >= MIN_REJOINED_LETTERS && !acceptedSpaced(word, lowercased)) words.add(word);
  }
  return [...words].sort();
}

/**
 * Whether the patterns also take `word` as two words one space apart ("developer mode"
 * beside "developermode", from an optional separator): a text that writes it so is
 * matched as it stands, and rejoining it would only give ordinary prose a view of its
 * own ("developer mode" cost a 4 KB prompt two more views to scan).
 */
function acceptedSpaced(word: string, literals: ReadonlySet<string>): boolean {
  for (let cut = 1; cut < word.length; cut++) if (literals.has(`${word.slice(0, cut)} ${word.slice(cut)}`)) return true;
  return false;
}
