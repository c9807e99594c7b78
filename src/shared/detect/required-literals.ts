/**
 * What text a regex cannot match without: an AND/OR formula of literal substrings
 * derived from the pattern (the "prefilter" of RE2 and Hyperscan). When a view holds
 * none of the literals a formula asks for, the regex has no match anywhere in it and
 * need not run: skipping it changes no result, it only saves the scan. The same parse
 * also gives a regex's heads, the literals every match starts with (`matchHeads`).
 *
 * The derivation is conservative: anything it does not model exactly (case-insensitive
 * patterns, non-ASCII characters, large character classes, backreferences, unparsable
 * sources) weakens the formula towards "no requirement", never towards a wrong one.
 */

/** A literal that must occur, or all / any of several requirements. */
export type LiteralRequirement = string | { all: LiteralRequirement[] } | { any: LiteralRequirement[] };

/** Requirements keyed by regex, as shipped for the built-ins (builtin-requirements.ts). */
export type RequirementEntries = Array<[string, LiteralRequirement | null]>;

/**
 * Where every match of a regex starts: with one of `atWordBoundary`, where `\b` holds,
 * or with one of `anywhere`; or, when `atStart` is set, at the start of the text.
 */
export interface MatchHeads {
  atWordBoundary: string[];
  anywhere: string[];
  atStart?: true;
}

/** Match heads keyed by regex, as shipped for the built-ins (builtin-requirements.ts). */
export type HeadEntries = Array<[string, MatchHeads | null]>;

/** The key a requirement is stored under: the compiled regex's flags and source. */
export function requirementKey(regex: RegExp): string {
  return `${regex.flags}/${regex.source}`;
}

/** Exact sets of match strings are kept up to this size before becoming a requirement. */
const MAX_EXACT = 64;
/**
 * Shorter literals are dropped from requirements (the requirement weakens to "none"):
 * one- and two-letter strings ("a", "is", " ") occur in nearly every text, so they
 * filter nothing and would make the literal scan stop at every character.
 */
const MIN_LITERAL_LENGTH = 3;
/** A character class expands into its members up to this many; larger ones match "anything". */
const MAX_CLASS_EXPANSION = 8;

/** Heads are kept up to this many per node; more say nothing (the empty head). */
const MAX_HEADS = 256;
/** The one head that says nothing: every string starts with it. */
const NO_HEADS: readonly string[] = [""];

/**
 * `exact`: every string the node can match (null: too many to list); `required`: what
 * any match contains; `heads`: strings of which every match starts with one (an empty
 * one among them: no such knowledge); `atWordBoundary`: `\b` holds wherever a match
 * of the node starts.
 */
interface NodeInfo {
  exact: string[] | null;
  required: LiteralRequirement | null;
  heads: readonly string[];
  atWordBoundary: boolean;
}

const EMPTY: NodeInfo = { exact: [""], required: null, heads: NO_HEADS, atWordBoundary: false };
const ANYTHING: NodeInfo = { exact: null, required: null, heads: NO_HEADS, atWordBoundary: false };
const WORD_BOUNDARY: NodeInfo = { ...EMPTY, atWordBoundary: true };
/** What never matches: no string, so no head either. */
const NEVER: NodeInfo = { exact: [], required: null, heads: [], atWordBoundary: false };

/** A node that matches exactly `strings`, each its own head. */
function exactly(strings: string[]): NodeInfo {
  return { exact: strings, required: null, heads: strings, atWordBoundary: false };
}

/** True when the node only ever matches the empty string (an assertion, a lookaround). */
function alwaysEmpty(info: NodeInfo): boolean {
  return info.exact !== null && info.exact.length === 1 && info.exact[0] === "";
}

/** Every `a + b`, or null when there would be more than `limit`. */
function product(left: readonly string[], right: readonly string[], limit: number): string[] | null {
  if (left.length * right.length > limit) return null;
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return [...out];
}

function anyOf(options: readonly (LiteralRequirement | null)[]): LiteralRequirement | null {
  const flat: LiteralRequirement[] = [];
  for (const option of options) {
    if (option === null) return null;
    if (typeof option === "object" && "any" in option) flat.push(...option.any);
    else flat.push(option);
  }
  return flat.length === 1 ? (flat[0] as LiteralRequirement) : { any: flat };
}

function allOf(parts: readonly (LiteralRequirement | null)[]): LiteralRequirement | null {
  const flat: LiteralRequirement[] = [];
  for (const part of parts) {
    if (part === null) continue;
    if (typeof part === "object" && "all" in part) flat.push(...part.all);
    else flat.push(part);
  }
  if (flat.length === 0) return null;
  return flat.length === 1 ? (flat[0] as LiteralRequirement) : { all: flat };
}

/** A node's requirement: one of its exact strings (when none is short or empty), or what it derived. */
function requirementOf(info: NodeInfo): LiteralRequirement | null {
  if (info.exact === null) return info.required;
  if (info.exact.some((s) => s.length < MIN_LITERAL_LENGTH)) return null;
  return anyOf(info.exact);
}

/** Parse failure or a construct this derivation does not read: the pattern gets no requirement. */
class Unsupported extends Error {}

const CONTROL_ESCAPES: ReadonlyMap<string, number> = new Map([["n", 0x0a], ["r", 0x0d], ["t", 0x09], ["f", 0x0c], ["v", 0x0b]]);
const HEX2 = /^[0-9a-fA-F]{2}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

function exactChar(code: number): NodeInfo {
  return code < 0x80 ? exactly([String.fromCharCode(code)]) : ANYTHING;
}

function quantified(atom: NodeInfo, min: number, max: number): NodeInfo {
  if (min === 1 && max === 1) return atom;
  if (min === 0) {
    if (max === 1 && atom.exact !== null && atom.exact.length < MAX_EXACT) return exactly([...new Set(["", ...atom.exact])]);
    return ANYTHING;
  }
  // Every match starts as one of the atom's does.
  return { exact: null, required: requirementOf(atom), heads: atom.heads, atWordBoundary: atom.atWordBoundary };
}

function alternation(branches: readonly NodeInfo[]): NodeInfo {
  const atWordBoundary = branches.every((b) => b.atWordBoundary);
  if (branches.every((b) => b.exact !== null)) {
    const union = [...new Set(branches.flatMap((b) => b.exact ?? []))];
    if (union.length <= MAX_EXACT) return { ...exactly(union), atWordBoundary };
  }
  const heads = [...new Set(branches.flatMap((b) => b.heads))];
  return { exact: null, required: anyOf(branches.map(requirementOf)), heads: heads.length <= MAX_HEADS ? heads : NO_HEADS, atWordBoundary };
}

/**
 * A concatenation, item by item: exact strings multiply out while the product stays
 * small; when it would not, the prefix so far becomes one requirement and a new prefix
 * starts. The requirement of the whole is all of those. Heads: the exact strings of the
 * leading items, followed by the heads of the first item that is not exact.
 */
class Sequence {
  private prefix: NodeInfo = EMPTY;
  private readonly parts: (LiteralRequirement | null)[] = [];
  /** Every string the items so far can match, while they are all exact; null after. */
  private lead: readonly string[] | null = [""];
  private heads: readonly string[] = NO_HEADS;
  /** Whether every item so far only ever matched the empty string: the next one starts where the sequence does. */
  private atStart = true;
  private atWordBoundary = false;

  add(next: NodeInfo): void {
    if (this.atStart) {
      this.atWordBoundary ||= next.atWordBoundary;
      this.atStart = alwaysEmpty(next);
    }
    this.addHeads(next);
    const head = this.prefix.exact;
    const joined = head === null || next.exact === null ? null : product(head, next.exact, MAX_EXACT);
    if (joined !== null) {
      this.prefix = exactly(joined);
      return;
    }
    this.parts.push(requirementOf(this.prefix));
    this.prefix = next;
  }

  private addHeads(next: NodeInfo): void {
    if (this.lead === null) return;
    const exact = next.exact === null ? null : product(this.lead, next.exact, MAX_EXACT);
    if (exact !== null) {
      this.lead = exact;
      this.heads = exact;
      return;
    }
    // A match is one lead string then a match of `next`, which starts with one of its heads.
    this.heads = product(this.lead, next.heads, MAX_HEADS) ?? this.lead;
    this.lead = null;
  }

  finish(): NodeInfo {
    const { heads, atWordBoundary } = this;
    if (this.parts.length === 0) return { ...this.prefix, heads, atWordBoundary };
    return { exact: null, required: allOf([...this.parts, requirementOf(this.prefix)]), heads, atWordBoundary };
  }
}

/**
 * Reads a JavaScript regex source (already known to compile) into NodeInfo, by
 * recursive descent. Escapes whose meaning depends on the flags or on the number of
 * groups (octal and backreferences, `\x` and `\u` without their digits) read as
 * "anything", which is always safe.
 */
class LiteralParser {
  private pos = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
    /** Read `^` as never matching: what the matches that start past the text's start are made of. */
    private readonly pastStart = false,
  ) {}

  parse(): NodeInfo {
    const branches = this.branches();
    return branches.length === 1 ? (branches[0] as NodeInfo) : alternation(branches);
  }

  /** The pattern's top-level alternatives, each on its own. */
  branches(): NodeInfo[] {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    if (this.pos < this.source.length) throw new Unsupported("unbalanced parenthesis");
    return branches;
  }

  private peek(offset = 0): string {
    return this.source[this.pos + offset] ?? "";
  }

  private alternation(): NodeInfo {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as NodeInfo) : alternation(branches);
  }

  private sequence(): NodeInfo {
    const sequence = new Sequence();
    while (this.pos < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.atom();
      sequence.add(this.quantifier(atom));
    }
    return sequence.finish();
  }

  private quantifier(atom: NodeInfo): NodeInfo {
    const ch = this.peek();
    let min: number;
    let max: number;
    if (ch === "*" || ch === "+" || ch === "?") {
      this.pos++;
      [min, max] = [ch === "+" ? 1 : 0, ch === "?" ? 1 : Infinity];
    } else if (ch === "{") {
      const bounds = /\{(\d+)(,(\d*))?\}/y;
      bounds.lastIndex = this.pos;
      const m = bounds.exec(this.source);
      if (m === null) return atom;
      this.pos = bounds.lastIndex;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return atom;
    if (this.peek() === "?") this.pos++;
    return quantified(atom, min, max);
  }

  private atom(): NodeInfo {
    const ch = this.source[this.pos++] ?? "";
    if (ch === "(") return this.group();
    if (ch === "[") return this.characterClass();
    if (ch === ".") return ANYTHING;
    if (ch === "^") return this.pastStart ? NEVER : EMPTY;
    if (ch === "$") return EMPTY;
    if (ch === "\\") return this.atomEscape();
    if (ch === "*" || ch === "+" || ch === "?") throw new Unsupported("nothing to repeat");
    const code = ch.charCodeAt(0);
    // In unicode mode a surrogate pair is one character (and one quantifier operand).
    if (this.unicode && code >= 0xd800 && code <= 0xdbff) this.pos++;
    return exactChar(code);
  }

  private group(): NodeInfo {
    let lookaround = false;
    if (this.peek() === "?") {
      const kind = this.peek(1);
      if (kind === ":") this.pos += 2;
      else if (kind === "=" || kind === "!") [lookaround, this.pos] = [true, this.pos + 2];
      else if (kind === "<" && (this.peek(2) === "=" || this.peek(2) === "!")) [lookaround, this.pos] = [true, this.pos + 3];
      else if (kind === "<") this.pos = this.source.indexOf(">", this.pos) + 1;
      else throw new Unsupported("group modifier");
    }
    const body = this.alternation();
    if (this.source[this.pos++] !== ")") throw new Unsupported("unterminated group");
    // A lookaround consumes nothing; a negative one requires nothing either.
    return lookaround ? EMPTY : body;
  }

  /** One escaped character as a code point, or null when it is a class or unknown. */
  private characterEscape(inClass: boolean): number | null {
    const ch = this.source[this.pos++] ?? "";
    const control = CONTROL_ESCAPES.get(ch);
    if (control !== undefined) return control;
    if (ch === "b" && inClass) return 0x08;
    if (ch === "0" && !isDigit(this.peek())) return 0;
    if (isDigit(ch)) {
      while (isDigit(this.peek())) this.pos++;
      return null;
    }
    if (ch === "x" && HEX2.test(this.source.slice(this.pos, this.pos + 2))) {
      this.pos += 2;
      return Number.parseInt(this.source.slice(this.pos - 2, this.pos), 16);
    }
    if (ch === "u" && HEX4.test(this.source.slice(this.pos, this.pos + 4))) {
      this.pos += 4;
      return Number.parseInt(this.source.slice(this.pos - 4, this.pos), 16);
    }
    if (ch === "u" || ch === "x" || ch === "c" || ch === "p" || ch === "P" || ch === "k") {
      if (this.peek() === "{" || this.peek() === "<") this.pos = this.source.indexOf(this.peek() === "{" ? "}" : ">", this.pos) + 1;
      else if (ch === "c" && /[A-Za-z]/.test(this.peek())) this.pos++;
      return null;
    }
    if ("dDwWsS".includes(ch) || ch === "B" || ch === "b") return null;
    return ch.charCodeAt(0);
  }

  private atomEscape(): NodeInfo {
    const ch = this.peek();
    if (ch === "b" || ch === "B") {
      this.pos++;
      return ch === "b" ? WORD_BOUNDARY : EMPTY;
    }
    const code = this.characterEscape(false);
    return code === null ? ANYTHING : exactChar(code);
  }

  /** A class expands into its members when they are few and ASCII; otherwise it matches "anything". */
  private characterClass(): NodeInfo {
    const negated = this.peek() === "^";
    if (negated) this.pos++;
    const members = new Set<number>();
    let wide = negated;
    while (this.pos < this.source.length && this.peek() !== "]") {
      const low = this.classAtom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        this.pos++;
        const high = this.classAtom();
        if (low === null || high === null || high - low >= MAX_CLASS_EXPANSION) wide = true;
        else for (let code = low; code <= high; code++) members.add(code);
      } else if (low === null) wide = true;
      else members.add(low);
    }
    if (this.source[this.pos++] !== "]") throw new Unsupported("unterminated class");
    if (wide || members.size === 0 || members.size > MAX_CLASS_EXPANSION || [...members].some((c) => c >= 0x80)) return ANYTHING;
    return exactly([...members].map((c) => String.fromCharCode(c)));
  }

  private classAtom(): number | null {
    const ch = this.source[this.pos++] ?? "";
    if (ch === "\\") return this.characterEscape(true);
    const code = ch.charCodeAt(0);
    if (this.unicode && code >= 0xd800 && code <= 0xdbff) {
      this.pos++;
      return null;
    }
    return code;
  }
}

/**
 * The literals `pattern` cannot match without, or null when it needs none that this
 * derivation can prove (or could match the empty string).
 */
export function requiredLiterals(pattern: RegExp): LiteralRequirement | null {
  const info = parsed(pattern, (parser) => parser.parse());
  return info === null ? null : requirementOf(info);
}

/**
 * Non-empty ASCII strings of which every match of `pattern` starts with one, split by
 * whether `\b` holds where such a match starts (known per top-level alternative: "[<(]…
 * |\bignore…" starts anywhere with "[" and at a word boundary with "ignore"); null when
 * this derivation cannot name such strings (a match may start with anything, or be
 * empty). A match can then only start where one of them occurs.
 *
 * A pattern that may start with `^` ("(?:^|\n)\s*system:") has no such strings, but
 * without the `m` flag `^` holds at the text's start only: a match that starts anywhere
 * else takes none of the paths through a `^` (one inside a lookaround reads nothing
 * here), so its heads are those of the pattern with `^` never matching, and the start
 * of the text is one more place to try (`atStart`).
 */
export function matchHeads(pattern: RegExp): MatchHeads | null {
  const heads = headsOf(pattern, false);
  if (heads !== null || pattern.flags.includes("m")) return heads;
  const pastStart = headsOf(pattern, true);
  return pastStart === null ? null : { ...pastStart, atStart: true };
}

function headsOf(pattern: RegExp, pastStart: boolean): MatchHeads | null {
  const branches = parsed(pattern, (parser) => parser.branches(), pastStart);
  if (branches === null) return null;
  const bounded = new Set<string>();
  const anywhere = new Set<string>();
  for (const branch of branches) {
    if (branch.heads.includes("")) return null;
    for (const head of branch.heads) (branch.atWordBoundary ? bounded : anywhere).add(head);
  }
  return { atWordBoundary: [...bounded].filter((head) => !anywhere.has(head)), anywhere: [...anywhere] };
}

function parsed<T>(pattern: RegExp, read: (parser: LiteralParser) => T, pastStart = false): T | null {
  // Case-insensitive matching folds beyond ASCII (/k/iu matches U+212A KELVIN SIGN), and
  // `v` mode has set operations this parser does not read: nothing is derived for either.
  if (/[iv]/.test(pattern.flags)) return null;
  try {
    return read(new LiteralParser(pattern.source, pattern.flags.includes("u"), pastStart));
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** Every literal a requirement mentions. */
export function literalsOf(requirement: LiteralRequirement, into: Set<string>): void {
  if (typeof requirement === "string") into.add(requirement);
  else for (const part of "all" in requirement ? requirement.all : requirement.any) literalsOf(part, into);
}
