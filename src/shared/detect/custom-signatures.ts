/**
 * Tenant signatures: vetting (`checkCustomPattern`, called by the admin API before a
 * signature is stored, 422 when not ok) and compilation next to the built-ins.
 * - regex: JavaScript source, matched case-insensitively on the folded views, so the
 *   built-in evasion folds (homoglyphs, leetspeak, encodings) apply to it too;
 * - phrase: literal words, any run of spaces/punctuation between them, also found
 *   spaced out letter by letter when twelve letters or longer;
 * - keywords: comma-separated words that must all occur in the same message.
 */
import { SIGNATURE_LIMITS } from "../schemas/signature";
import type { CustomSignature } from "../schemas/signature";
import type { CompiledSignature } from "./compiled-signature";
import type { PatternCheck } from "./contract";
import { backtrackingRisk } from "./regex-safety";

/** Custom regexes run with these flags. */
const CUSTOM_FLAGS = "gi";
const MAX_KEYWORDS = 16;

/** Vets a tenant pattern before it is stored. */
export function checkCustomPattern(sig: Pick<CustomSignature, "kind" | "pattern">): PatternCheck {
  const pattern = sig.pattern;
  if (pattern.length === 0) return { ok: false, reason: "pattern is empty" };
  if (pattern.length > SIGNATURE_LIMITS.maxPatternChars) {
    return { ok: false, reason: `pattern is longer than ${SIGNATURE_LIMITS.maxPatternChars} characters` };
  }
  if (sig.kind === "regex") {
    const risk = backtrackingRisk(pattern, CUSTOM_FLAGS);
    return risk === null ? { ok: true } : { ok: false, reason: risk };
  }
  if (sig.kind === "keywords") {
    const keywords = splitKeywords(pattern);
    if (keywords.length === 0) return { ok: false, reason: "no keywords (separate them with commas)" };
    if (keywords.length > MAX_KEYWORDS) return { ok: false, reason: `at most ${MAX_KEYWORDS} keywords` };
    return { ok: true };
  }
  return phraseWords(pattern).length === 0 ? { ok: false, reason: "phrase has no words" } : { ok: true };
}

function splitKeywords(pattern: string): string[] {
  return pattern
    .split(",")
    .map((k) => k.trim().toLowerCase())
    .filter((k) => k.length > 0);
}

function phraseWords(pattern: string): string[] {
  return pattern.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function phraseRegex(words: readonly string[]): RegExp {
  // Word edges use Unicode letters, not \b, so phrases in any script match whole words.
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegex).join("[^\\p{L}\\p{N}]{1,8}")}(?![\\p{L}\\p{N}])`, "gu");
}

/** Compiles the enabled, safe custom signatures (an unsafe one that slipped into storage is skipped). */
export function compileCustomSignatures(signatures: readonly CustomSignature[]): CompiledSignature[] {
  const compiled: CompiledSignature[] = [];
  for (const sig of signatures) {
    if (!sig.enabled || !checkCustomPattern(sig).ok) continue;
    const base = {
      id: sig.id,
      version: sig.version,
      category: sig.category,
      severity: sig.severity,
      target: "folded" as const,
      anchorKeys: null,
      literals: null,
      literalsNonAscii: false,
      validate: null,
      directions: ["input", "output"] as const,
      untrustedOnly: false,
      redactAs: sig.category === "secret" || sig.category === "pii" ? sig.category : sig.id,
      mode: sig.mode,
      action: sig.action,
      custom: true,
    };
    if (sig.kind === "regex") {
      compiled.push({ ...base, regex: new RegExp(sig.pattern, CUSTOM_FLAGS), squashed: [], allOf: null });
    } else if (sig.kind === "phrase") {
      const words = phraseWords(sig.pattern);
      const squashed = words.join("");
      compiled.push({ ...base, regex: phraseRegex(words), squashed: squashed.length >= 12 ? [squashed] : [], allOf: null });
    } else {
      compiled.push({ ...base, regex: null, squashed: [], allOf: splitKeywords(sig.pattern) });
    }
  }
  return compiled;
}
