/**
 * Decides, per view and signature, whether the signature's regex can match at all,
 * from which literals the view holds: its declared `literals` (one must occur) and the
 * requirement derived from its regex (required-literals.ts). One automaton pass per view
 * finds every literal of every signature, where one `includes` per literal and
 * signature used to; a few regexes with no selective literal are gated by a cheaper
 * pattern they imply (implied-patterns.ts). A gate that fails means the regex has no
 * match in the view, so skipping it changes no result.
 */
import type { CompiledSignature } from "./compiled-signature";
import { type ImpliedTest, impliedPattern } from "./implied-patterns";
import { cachedAutomaton, type LiteralAutomaton } from "./literal-automaton";
import { LiteralPresence } from "./literal-presence";
import { regexMemo } from "./regex-memo";
import { type LiteralRequirement, literalsOf, type RequirementEntries, requiredLiterals } from "./required-literals";
import { type BoundRequirement, holds, RequirementIndex, type RequirementHits } from "./requirement-index";
import BUILTIN_REQUIREMENTS from "./signatures/literal-requirements.json";
import { hasNonAscii } from "./unicode/char-classes";

interface Gate {
  /** Ids of the declared ASCII literals; null when the signature declares none. */
  declared: readonly number[] | null;
  /** Declared literals outside ASCII, looked up directly in non-ASCII views. */
  declaredNonAscii: readonly string[];
  /** An empty literal is declared: every view holds it. */
  declaresEmpty: boolean;
  /** Every declared literal is non-ASCII: a pure-ASCII view cannot hold one. */
  declaredOnlyNonAscii: boolean;
  required: BoundRequirement | null;
  /** A cheaper test every text the signature's regex matches in passes (implied-patterns.ts). */
  implied: ImpliedTest | null;
}

/** The signatures of one target read the views of one kind: each target has its own automaton. */
export type GateTarget = CompiledSignature["target"];

/** Which literals one view holds, and whether it is pure ASCII. */
export interface ViewLiterals {
  readonly target: GateTarget;
  readonly present: Uint8Array;
  /** Per requirement node, how many of its literals the view holds (requirement-index.ts). */
  readonly hits: RequirementHits;
  readonly text: string;
  readonly ascii: boolean;
  /** Answers for the literals outside ASCII, which the automaton does not read; null in a pure-ASCII view. */
  readonly nonAscii: LiteralPresence | null;
}

// Deriving requirements parses the pattern, so they are memoised per isolate (as the
// automata are, literal-automaton.ts); a fresh isolate would otherwise spend ~75 ms
// parsing every built-in pattern before its first request (regex-memo.ts).
const cachedRequirement = regexMemo<LiteralRequirement | null>(BUILTIN_REQUIREMENTS as RequirementEntries, requiredLiterals);

function hasDeclaredLiteral(gate: Gate, view: ViewLiterals): boolean {
  if (gate.declared === null) return true;
  if (view.ascii && gate.declaredOnlyNonAscii) return false;
  for (const id of gate.declared) if (view.present[id] === 1) return true;
  if (gate.declaresEmpty) return true;
  // A pure-ASCII view holds no non-ASCII literal: no need to read it once per literal.
  if (view.ascii) return false;
  for (const literal of gate.declaredNonAscii) if (view.nonAscii?.holds(literal) === true) return true;
  return false;
}

/** The literals of one target's signatures, and the automaton that finds them. */
interface TargetLiterals {
  automaton: LiteralAutomaton;
  idOf: ReadonlyMap<string, number>;
  requirements: RequirementIndex;
}

function targetLiterals(signatures: readonly CompiledSignature[], requirements: ReadonlyMap<CompiledSignature, LiteralRequirement | null>): TargetLiterals {
  const all = new Set<string>();
  for (const signature of signatures) {
    const requirement = requirements.get(signature) ?? null;
    if (requirement !== null) literalsOf(requirement, all);
    for (const literal of signature.literals ?? []) if (literal.length > 0 && !hasNonAscii(literal)) all.add(literal);
  }
  const literals = [...all].sort();
  return {
    automaton: cachedAutomaton(literals),
    idOf: new Map(literals.map((literal, id) => [literal, id])),
    requirements: new RequirementIndex(literals.length),
  };
}

/**
 * Raw-target signatures only ever read raw-kind views and folded ones folded views, so
 * each target gets an automaton of its own literals: two smaller tables instead of one
 * large one, and a view is scanned only for the literals its readers can use.
 */
export class LiteralGates {
  private readonly targets: Readonly<Record<GateTarget, TargetLiterals>>;
  private readonly gates = new Map<CompiledSignature, Gate>();

  constructor(signatures: readonly CompiledSignature[]) {
    const requirements = new Map<CompiledSignature, LiteralRequirement | null>();
    for (const signature of signatures) {
      requirements.set(signature, signature.regex === null ? null : cachedRequirement(signature.regex));
    }
    this.targets = {
      raw: targetLiterals(signatures.filter((s) => s.target === "raw"), requirements),
      folded: targetLiterals(signatures.filter((s) => s.target === "folded"), requirements),
    };
    for (const signature of signatures) {
      const { idOf, requirements: index } = this.targets[signature.target];
      const declared = signature.literals;
      const requirement = requirements.get(signature) ?? null;
      this.gates.set(signature, {
        declared: declared === null ? null : declared.filter((l) => idOf.has(l)).map((l) => idOf.get(l) ?? -1),
        declaredNonAscii: declared === null ? [] : declared.filter((l) => !idOf.has(l) && l.length > 0),
        declaresEmpty: declared !== null && declared.includes(""),
        declaredOnlyNonAscii: signature.literalsNonAscii,
        required: requirement === null ? null : index.bind(requirement, idOf),
        implied: signature.regex === null ? null : impliedPattern(signature.regex),
      });
    }
  }

  /** One pass over `text`: the literals of `target`'s signatures it holds. */
  scan(text: string, target: GateTarget): ViewLiterals {
    const { automaton, requirements } = this.targets[target];
    const { found, ascii } = automaton.scan(text);
    return { target, present: found, hits: requirements.hitsOf(found), text, ascii, nonAscii: ascii ? null : new LiteralPresence(text) };
  }

  /**
   * One pass over a raw-kind text for both targets: its raw literals, and the folded
   * literals of `lowered`, which must be the text with A-Z lowercased (the folded view
   * of ASCII text is exactly that).
   */
  scanWithLowercase(text: string, lowered: string): [ViewLiterals, ViewLiterals] {
    const { raw: rawTarget, folded: foldedTarget } = this.targets;
    const [raw, folded] = rawTarget.automaton.scanWithLowercase(foldedTarget.automaton, text);
    return [
      { target: "raw", present: raw.found, hits: rawTarget.requirements.hitsOf(raw.found), text, ascii: raw.ascii, nonAscii: raw.ascii ? null : new LiteralPresence(text) },
      { target: "folded", present: folded.found, hits: foldedTarget.requirements.hitsOf(folded.found), text: lowered, ascii: folded.ascii, nonAscii: folded.ascii ? null : new LiteralPresence(lowered) },
    ];
  }

  /**
   * False when the signature's regex provably has no match in the view: none of its
   * declared literals occurs (as `includes` would say), its derived requirement fails, or
   * it fails its implied test.
   * `view` must come from a scan for the signature's target.
   */
  mayMatch(signature: CompiledSignature, view: ViewLiterals): boolean {
    const gate = this.gates.get(signature);
    if (gate === undefined) return true;
    if (view.target !== signature.target) throw new Error(`${signature.id} reads ${signature.target} views, not ${view.target} ones`);
    return (
      hasDeclaredLiteral(gate, view) &&
      (gate.required === null || holds(gate.required, view.hits)) &&
      (gate.implied === null || gate.implied.test(view.text))
    );
  }
}
