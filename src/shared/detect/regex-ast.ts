/**
 * A small parser for JavaScript regex sources, enough to reason about backtracking:
 * alternation, groups and lookarounds, quantifiers, character sets (approximated as a
 * set of ASCII code points plus "some non-ASCII"), anchors and backreferences.
 */

/** A set of characters: exact for ASCII, one flag for everything above U+007F. */
export interface CharSet {
  ascii: Uint8Array;
  nonAscii: boolean;
}

export type RegexNode =
  | { type: "alt"; branches: RegexNode[][] }
  | { type: "group"; kind: "capture" | "plain" | "lookahead" | "lookbehind"; body: RegexNode }
  | { type: "quant"; body: RegexNode; min: number; max: number }
  | { type: "chars"; set: CharSet; literal: string | null }
  | { type: "assert" }
  | { type: "backref" };

/** Thrown for sources this parser (or JavaScript) cannot read. */
export class RegexSyntaxError extends Error {}

export function emptySet(): CharSet {
  return { ascii: new Uint8Array(128), nonAscii: false };
}

function fullSet(): CharSet {
  return { ascii: new Uint8Array(128).fill(1), nonAscii: true };
}

function setOf(predicate: (code: number) => boolean, nonAscii: boolean): CharSet {
  const set = emptySet();
  for (let c = 0; c < 128; c++) if (predicate(c)) set.ascii[c] = 1;
  set.nonAscii = nonAscii;
  return set;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isWord = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

function classEscape(letter: string): CharSet | null {
  switch (letter) {
    case "d": return setOf(isDigit, false);
    case "D": return setOf((c) => !isDigit(c), true);
    case "w": return setOf(isWord, false);
    case "W": return setOf((c) => !isWord(c), true);
    case "s": return setOf(isSpace, true);
    case "S": return setOf((c) => !isSpace(c), true);
    default: return null;
  }
}

/** Union of two sets (in place into `into`). */
export function addSet(into: CharSet, from: CharSet): void {
  for (let c = 0; c < 128; c++) if (from.ascii[c] === 1) into.ascii[c] = 1;
  into.nonAscii ||= from.nonAscii;
}

/** True when some character is in both sets. */
export function overlaps(a: CharSet, b: CharSet): boolean {
  if (a.nonAscii && b.nonAscii) return true;
  for (let c = 0; c < 128; c++) if (a.ascii[c] === 1 && b.ascii[c] === 1) return true;
  return false;
}

function literalSet(code: number, caseless: boolean): CharSet {
  if (code > 0x7f) return { ascii: new Uint8Array(128), nonAscii: true };
  const set = emptySet();
  set.ascii[code] = 1;
  if (caseless && code >= 0x41 && code <= 0x5a) set.ascii[code + 32] = 1;
  if (caseless && code >= 0x61 && code <= 0x7a) set.ascii[code - 32] = 1;
  return set;
}

/** Parses `source` (JavaScript syntax) into a tree; `caseless` mirrors the `i` flag. */
export function parseRegex(source: string, caseless = false): RegexNode {
  let pos = 0;
  const peek = (): string => source[pos] ?? "";

  const parseAlt = (): RegexNode => {
    const branches: RegexNode[][] = [parseSeq()];
    while (peek() === "|") {
      pos++;
      branches.push(parseSeq());
    }
    return { type: "alt", branches };
  };

  const parseSeq = (): RegexNode[] => {
    const items: RegexNode[] = [];
    while (pos < source.length && peek() !== "|" && peek() !== ")") {
      const atom = parseAtom();
      items.push(parseQuantifier(atom));
    }
    return items;
  };

  const parseQuantifier = (atom: RegexNode): RegexNode => {
    let min: number;
    let max: number;
    const c = peek();
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos));
      if (m === null) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      pos += m[0].length - 1;
    } else return atom;
    pos++;
    if (peek() === "?") pos++;
    if (atom.type === "assert") throw new RegexSyntaxError("nothing to repeat");
    return parseQuantifier({ type: "quant", body: atom, min, max });
  };

  const parseAtom = (): RegexNode => {
    const c = source[pos++] ?? "";
    switch (c) {
      case "(":
        return parseGroup();
      case "[":
        return parseClass();
      case ".":
        return { type: "chars", set: fullSet(), literal: null };
      case "^":
      case "$":
        return { type: "assert" };
      case "\\":
        return parseEscape();
      case "*":
      case "+":
      case "?":
        throw new RegexSyntaxError("nothing to repeat");
      default:
        return { type: "chars", set: literalSet(c.charCodeAt(0), caseless), literal: c };
    }
  };

  const parseGroup = (): RegexNode => {
    let kind: "capture" | "plain" | "lookahead" | "lookbehind" = "capture";
    if (source.startsWith("?:", pos)) [kind, pos] = ["plain", pos + 2];
    else if (source.startsWith("?=", pos) || source.startsWith("?!", pos)) [kind, pos] = ["lookahead", pos + 2];
    else if (source.startsWith("?<=", pos) || source.startsWith("?<!", pos)) [kind, pos] = ["lookbehind", pos + 3];
    else if (source.startsWith("?<", pos)) {
      const close = source.indexOf(">", pos);
      if (close < 0) throw new RegexSyntaxError("unterminated group name");
      pos = close + 1;
    } else if (peek() === "?") throw new RegexSyntaxError("unknown group type");
    const body = parseAlt();
    if (source[pos++] !== ")") throw new RegexSyntaxError("unterminated group");
    return { type: "group", kind, body };
  };

  const parseEscape = (): RegexNode => {
    const c = source[pos++] ?? "";
    if (c === "") throw new RegexSyntaxError("trailing backslash");
    if (c === "b" || c === "B") return { type: "assert" };
    if (/[1-9]/.test(c) || (c === "k" && peek() === "<")) return { type: "backref" };
    const cls = classEscape(c);
    if (cls !== null) return { type: "chars", set: cls, literal: null };
    return { type: "chars", set: escapeSet(c), literal: null };
  };

  const escapeSet = (c: string): CharSet => {
    if (c === "u" || c === "x" || c === "p" || c === "P" || c === "c") {
      const m = /^(?:\{[^}]*\}|[0-9a-fA-F]{2,4}|[A-Za-z])/.exec(source.slice(pos));
      if (m !== null) pos += m[0].length;
      // Unicode escapes and properties: approximate as "anything".
      return fullSet();
    }
    const control: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
    return literalSet(control[c] ?? c.charCodeAt(0), caseless);
  };

  const parseClass = (): RegexNode => {
    const negated = peek() === "^";
    if (negated) pos++;
    const set = emptySet();
    let first = true;
    while (pos < source.length && (peek() !== "]" || first)) {
      first = false;
      let code: number;
      let c = source[pos++] ?? "";
      if (c === "\\") {
        c = source[pos++] ?? "";
        const cls = classEscape(c);
        if (cls !== null) {
          addSet(set, cls);
          continue;
        }
        if ("upPx".includes(c)) {
          addSet(set, escapeSet(c));
          continue;
        }
        const control: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0, b: 8 };
        code = control[c] ?? c.charCodeAt(0);
      } else code = c.charCodeAt(0);
      if (peek() === "-" && source[pos + 1] !== "]" && pos + 1 < source.length) {
        pos++;
        let hi = source[pos++] ?? "";
        if (hi === "\\") hi = source[pos++] ?? "";
        const high = hi.charCodeAt(0);
        if (high < code) throw new RegexSyntaxError("range out of order");
        for (let x = code; x <= Math.min(high, 127); x++) addSet(set, literalSet(x, caseless));
        if (high > 127) set.nonAscii = true;
      } else addSet(set, literalSet(code, caseless));
    }
    if (source[pos++] !== "]") throw new RegexSyntaxError("unterminated character class");
    if (!negated) return { type: "chars", set, literal: null };
    const inverse = emptySet();
    for (let x = 0; x < 128; x++) inverse.ascii[x] = set.ascii[x] === 1 ? 0 : 1;
    inverse.nonAscii = true;
    return { type: "chars", set: inverse, literal: null };
  };

  const tree = parseAlt();
  if (pos < source.length) throw new RegexSyntaxError("unmatched parenthesis");
  return tree;
}
