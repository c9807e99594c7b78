/**
 * The shape of a built-in signature: a pattern, where it looks, what it means, and the
 * test cases that prove it (every pack keeps its cases next to its patterns; one
 * table-driven test runs them all).
 */
import type { Category, Direction, Severity } from "../../schemas/common";
import type { Role } from "../../schemas/inspect";

/** What a validator may consult besides the match itself. */
export interface MatchContext {
  /** True when markdown links to this host are allowed by the tenant's policy. */
  hostAllowed(host: string): boolean;
  /**
   * True when the whole message is its author's own words: a user's or operator's message
   * with no tool output, document part or pasted block in it. A validator may let a phrase
   * pass there that it must read as planted anywhere else ("Scratch that. New task: …").
   */
  readonly ownWordsOnly: boolean;
}

/** Example texts: every `positive` must produce this signature, no `negative` may. */
export interface SignatureCases {
  positive: readonly string[];
  negative: readonly string[];
  /** Role the cases are sent as (default "user"). */
  role?: Role;
  /** Direction the cases are inspected in (default "input"). */
  direction?: Direction;
}

export interface BuiltinSignature {
  /** Stable id, `<pack>.<family>.v<major>`; tenants disable signatures by id. */
  readonly id: string;
  readonly version: number;
  readonly category: Category;
  readonly severity: Severity;
  readonly description: string;
  /**
   * "folded": lowercase views (nfkc, skeleton, leet, rot13, decoded); the pattern is
   * written in lowercase. "raw": case-preserving views (raw text and decoded text).
   */
  readonly target: "folded" | "raw";
  /** Written without flags; the compiler adds `g` (and `i` for raw targets only when asked). */
  readonly pattern: RegExp;
  /**
   * Prefilter for folded targets: the signature runs only when one of these words occurs
   * in the view. A word shorter than six letters must occur exactly; a longer one is a
   * prefix (its first six letters). Omit to run always.
   */
  readonly anchors?: readonly string[];
  /** Prefilter: one of these substrings must occur (case-sensitive; lowercase for folded targets). */
  readonly literals?: readonly string[];
  /** Letters-only phrases (twelve letters or more) looked up in the squash view. */
  readonly squashed?: readonly string[];
  /** Rejects a regex hit that fails a check the regex cannot express (Luhn, entropy…). */
  readonly validate?: (match: RegExpExecArray, context: MatchContext) => boolean;
  /**
   * The other regexes `validate` requires to match (the framing a harmful ask must come
   * in, the cue a persona needs): the signature cannot match without their words either,
   * so those words join the `rejoined` view's vocabulary (split-words.ts).
   */
  readonly context?: readonly RegExp[];
  /** Directions the signature applies to (default both). */
  readonly directions?: readonly Direction[];
  /** Only fires inside untrusted content: tool messages and documents quoted in a message. */
  readonly untrustedOnly?: boolean;
  /** Label used when the match is masked by redaction (`[REDACTED:<label>]`). */
  readonly redactAs?: string;
  readonly cases: SignatureCases;
}
