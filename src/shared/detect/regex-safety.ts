/**
 * Static vetting of regexes against super-linear backtracking in a backtracking engine
 * such as V8's Irregexp, which retries every start position and every way of splitting
 * the input among quantifiers. A pattern passes when:
 * 1. it has no backreferences and no lookbehind (neither can be bounded here);
 * 2. no unbounded repetition contains another unbounded repetition (star height 1:
 *    `(a+)+`, `(\w+\s?)*` are exponential);
 * 3. no repeated alternation has two branches that can start the same way, unless they
 *    are distinct words none of which continues into another (`(a|a)*`, `(a|ab)*`);
 * 4. every unbounded repetition is "entered at its edge": the character before it cannot
 *    belong to it (or a `\b`/`^` sits right before it), so a failing match cannot
 *    restart in the middle of the same run — otherwise `\w+@` costs O(n²) on "aaaa…";
 *    a leading one is allowed only when nothing after it can fail.
 * The built-in signatures are held to the same rules by a test.
 */
import { type CharSet, addSet, emptySet, overlaps, parseRegex, type RegexNode, RegexSyntaxError } from "./regex-ast";

/** Counted repetitions above this bound count as unbounded. */
const LARGE_REPEAT = 1000;

class Unsafe extends Error {}

function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case "alt":
      return node.branches.some((b) => b.every(nullable));
    case "group":
      return node.kind === "lookahead" || node.kind === "lookbehind" || nullable(node.body);
    case "quant":
      return node.min === 0 || nullable(node.body);
    case "chars":
      return false;
    default:
      return true;
  }
}

function firstSet(node: RegexNode): CharSet {
  const set = emptySet();
  switch (node.type) {
    case "alt":
      for (const branch of node.branches) {
        for (const item of branch) {
          addSet(set, firstSet(item));
          if (!nullable(item)) break;
        }
      }
      return set;
    case "group":
      return node.kind === "lookahead" || node.kind === "lookbehind" ? set : firstSet(node.body);
    case "quant":
      return firstSet(node.body);
    case "chars":
      return node.set;
    default:
      return set;
  }
}

function lastSet(node: RegexNode): CharSet {
  const set = emptySet();
  switch (node.type) {
    case "alt":
      for (const branch of node.branches) {
        for (let i = branch.length - 1; i >= 0; i--) {
          const item = branch[i] as RegexNode;
          addSet(set, lastSet(item));
          if (!nullable(item)) break;
        }
      }
      return set;
    case "group":
      return node.kind === "lookahead" || node.kind === "lookbehind" ? set : lastSet(node.body);
    case "quant":
      return lastSet(node.body);
    case "chars":
      return node.set;
    default:
      return set;
  }
}

function unbounded(node: RegexNode): boolean {
  return node.type === "quant" && node.max > LARGE_REPEAT;
}

function containsUnbounded(node: RegexNode): boolean {
  switch (node.type) {
    case "alt":
      return node.branches.some((b) => b.some(containsUnbounded));
    case "group":
      return containsUnbounded(node.body);
    case "quant":
      return unbounded(node) || containsUnbounded(node.body);
    default:
      return false;
  }
}

function literalOf(branch: readonly RegexNode[]): string | null {
  let text = "";
  for (const item of branch) {
    if (item.type !== "chars" || item.literal === null) return null;
    text += item.literal;
  }
  return text;
}

function union(a: CharSet, b: CharSet): CharSet {
  const set = emptySet();
  addSet(set, a);
  addSet(set, b);
  return set;
}

/** Checks rule 3 for one alternation inside a repetition; `follow` is what may come next. */
function checkAlternation(node: Extract<RegexNode, { type: "alt" }>, follow: CharSet): void {
  const branches = node.branches;
  for (let i = 0; i < branches.length; i++) {
    for (let j = i + 1; j < branches.length; j++) {
      const a = branches[i] as RegexNode[];
      const b = branches[j] as RegexNode[];
      const fa = firstSet({ type: "alt", branches: [a] });
      const fb = firstSet({ type: "alt", branches: [b] });
      if (!overlaps(fa, fb)) continue;
      const la = literalOf(a);
      const lb = literalOf(b);
      if (la === null || lb === null || la === lb) {
        throw new Unsafe("a repeated alternation has branches that can match the same text (e.g. (a|a)*)");
      }
      const [short, long] = la.length <= lb.length ? [la, lb] : [lb, la];
      if (long.startsWith(short) && overlaps(follow, firstSet(parseRegex(escapeLiteral(long[short.length] ?? ""))))) {
        throw new Unsafe(`a repeated alternation has a branch "${short}" that continues into "${long}"`);
      }
    }
  }
}

function escapeLiteral(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

interface WalkState {
  /** Characters that may come right before the current item; null at the very start. */
  previous: CharSet | null;
  /** True right after `\b`, `^` or `$`. */
  guarded: boolean;
  /** Inside an unbounded repetition. */
  repeated: boolean;
  /** Inside any repetition of more than one iteration (for rule 3). */
  iterated: boolean;
}

/** Walks a sequence; returns the set that may end it (merged with `previous` if nullable). */
function walkSequence(items: readonly RegexNode[], state: WalkState, follow: CharSet, topLevel: boolean): CharSet | null {
  let previous = state.previous;
  let guarded = state.guarded;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as RegexNode;
    const rest = items.slice(k + 1);
    const restFirst = emptySet();
    let restNullable = true;
    for (const r of rest) {
      addSet(restFirst, firstSet(r));
      if (!nullable(r)) {
        restNullable = false;
        break;
      }
    }
    const itemFollow = restNullable ? union(restFirst, follow) : restFirst;
    if (item.type === "assert") {
      guarded = true;
      continue;
    }
    if (item.type === "backref") throw new Unsafe("backreferences are not allowed");
    if (item.type === "group" && item.kind === "lookbehind") throw new Unsafe("lookbehind is not allowed");
    if (unbounded(item)) {
      const quant = item as Extract<RegexNode, { type: "quant" }>;
      if (state.repeated || containsUnbounded(quant.body)) {
        throw new Unsafe("nested unbounded quantifiers (e.g. (a+)+) backtrack exponentially");
      }
      const own = firstSet(quant.body);
      if (!guarded) {
        if (previous === null) {
          if (!(topLevel && restNullable)) {
            throw new Unsafe("a pattern may not start with an unbounded repetition that can fail later; anchor it (\\b) or bound it ({1,64})");
          }
        } else if (overlaps(previous, own)) {
          throw new Unsafe("an unbounded repetition can restart inside the run before it (O(n²) backtracking); bound it ({0,64}) or separate the runs");
        }
      }
      walkNode(quant.body, { previous: union(previous ?? emptySet(), lastSet(quant.body)), guarded: false, repeated: true, iterated: true }, union(own, itemFollow));
    } else {
      walkNode(item, { previous, guarded, repeated: state.repeated, iterated: state.iterated }, itemFollow);
    }
    const last = lastSet(item);
    previous = nullable(item) && previous !== null ? union(previous, last) : nullable(item) ? previous : last;
    guarded = false;
  }
  return previous;
}

function walkNode(node: RegexNode, state: WalkState, follow: CharSet): void {
  switch (node.type) {
    case "alt":
      if (state.iterated && node.branches.length > 1) checkAlternation(node, follow);
      for (const branch of node.branches) walkSequence(branch, state, follow, false);
      return;
    case "group":
      if (node.kind === "lookbehind") throw new Unsafe("lookbehind is not allowed");
      walkNode(node.body, state, follow);
      return;
    case "quant": {
      if (node.max > LARGE_REPEAT && state.repeated) throw new Unsafe("nested unbounded quantifiers (e.g. (a+)+) backtrack exponentially");
      const iterated = state.iterated || node.max > 1;
      const previous = node.max > 1 ? union(state.previous ?? emptySet(), lastSet(node.body)) : state.previous;
      if (node.max > 1 && containsUnbounded(node.body) && overlaps(lastSet(node.body), firstSet(node.body))) {
        throw new Unsafe("a repeated group ends the way it starts around an unbounded quantifier (ambiguous split)");
      }
      walkNode(node.body, { ...state, previous, iterated }, node.max > 1 ? union(firstSet(node.body), follow) : follow);
      return;
    }
    case "backref":
      throw new Unsafe("backreferences are not allowed");
    default:
      return;
  }
}

/** Why `source` is unsafe, or null when it passes every rule above. */
export function backtrackingRisk(source: string, flags = ""): string | null {
  try {
    new RegExp(source, flags);
  } catch (error) {
    return `invalid regex: ${(error as Error).message}`;
  }
  try {
    const tree = parseRegex(source, flags.includes("i"));
    const top = tree.type === "alt" && tree.branches.length === 1 ? (tree.branches[0] as RegexNode[]) : [tree];
    walkSequence(top, { previous: null, guarded: false, repeated: false, iterated: false }, emptySet(), true);
    return null;
  } catch (error) {
    if (error instanceof Unsafe) return error.message;
    if (error instanceof RegexSyntaxError) return `unsupported regex syntax: ${error.message}`;
    throw error;
  }
}
