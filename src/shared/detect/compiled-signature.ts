/**
 * The one runtime shape for built-in and tenant signatures alike, produced once per
 * engine by `compileBuiltins` and `compileCustomSignatures`.
 */
import type { Category, CategoryAction, Direction, Severity } from "../schemas/common";
import { anchorKey } from "./prefilter";
import { hasNonAscii } from "./unicode/char-classes";
import type { BuiltinSignature, MatchContext } from "./signatures/types";

export interface CompiledSignature {
  readonly id: string;
  readonly version: number;
  readonly category: Category;
  readonly severity: Severity;
  readonly target: "folded" | "raw";
  /** Global regex, or null for squash-only / literal-only signatures. */
  readonly regex: RegExp | null;
  /** Word keys of which one must be present (null: always run). */
  readonly anchorKeys: readonly number[] | null;
  /** Substrings of which one must be present in a raw view (null: always run). */
  readonly literals: readonly string[] | null;
  /** True when every literal has a non-ASCII character: a pure-ASCII view cannot hold one. */
  readonly literalsNonAscii: boolean;
  readonly squashed: readonly string[];
  /** Keywords that must all occur in a folded view (tenant `keywords` signatures); null otherwise. */
  readonly allOf: readonly string[] | null;
  readonly validate: ((match: RegExpExecArray, context: MatchContext) => boolean) | null;
  readonly directions: readonly Direction[];
  readonly untrustedOnly: boolean;
  readonly redactAs: string | null;
  readonly mode: "enforce" | "shadow";
  /** A custom signature's own action; built-ins follow the category's action. */
  readonly action: CategoryAction | null;
  /** A tenant's own signature: it means what it says wherever it matches (no built-in exemptions). */
  readonly custom: boolean;
}

const BOTH: readonly Direction[] = ["input", "output"];

/** Adds the `g` flag (keeping the author's own flags) so `exec` walks every match. */
export function globalRegex(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
}

/** Compiles built-in definitions, leaving out the ids a tenant disabled. */
export function compileBuiltins(
  definitions: readonly BuiltinSignature[],
  disabled: ReadonlySet<string>,
): CompiledSignature[] {
  return definitions
    .filter((d) => !disabled.has(d.id))
    .map((d) => ({
      id: d.id,
      version: d.version,
      category: d.category,
      severity: d.severity,
      target: d.target,
      regex: globalRegex(d.pattern),
      anchorKeys: d.anchors === undefined ? null : d.anchors.map(anchorKey),
      literals: d.literals ?? null,
      literalsNonAscii: d.literals !== undefined && d.literals.every(hasNonAscii),
      squashed: d.squashed ?? [],
      allOf: null,
      validate: d.validate ?? null,
      directions: d.directions ?? BOTH,
      untrustedOnly: d.untrustedOnly ?? false,
      redactAs: d.redactAs ?? null,
      mode: "enforce",
      action: null,
      custom: false,
    }));
}
