/**
 * Finds which of many ASCII literals occur in a text, in one pass: an Aho-Corasick
 * automaton (Aho & Corasick, CACM 1975) compiled into a dense transition table over
 * the characters the literals use, so each code unit of the text costs one table read.
 * Substring semantics, case-sensitive, overlaps included: exactly `text.includes(literal)`
 * for every literal at once.
 */
import { OccurrenceList, type Occurrences } from "./occurrences";
import { isAsciiWordUnit } from "./unicode/char-classes";

/** What one pass over a text found. */
export interface LiteralScan {
  /** One flag per literal, in the order given to the automaton: 1 when it occurs. */
  found: Uint8Array;
  /** True when the text has no code unit above U+007F. */
  ascii: boolean;
}


/**
 * Which occurrences of a literal `occurrences` reports: none, all, or only those where
 * `\b` holds at the start (an ASCII word character on one side of it only).
 */
export const WANTED = { none: 0, everywhere: 1, atWordBoundary: 2 } as const;

/** Whether `\b` holds at offset `at` of `text`: a word character on one side of it only. */
export function startsAtWordBoundary(text: string, at: number): boolean {
  return (at > 0 && isAsciiWordUnit(text.charCodeAt(at - 1))) !== isAsciiWordUnit(text.charCodeAt(at));
}

/** The trie of the literals, in level order: see `LiteralAutomaton.trie`. */
interface Trie {
  parent: Int32Array;
  column: Int32Array;
  ends: ReadonlyMap<number, number[]>;
  states: number;
}

/** Code units that no literal contains all share column 0. */
const OTHER = 0;

export class LiteralAutomaton {
  /** Number of literals; `scan` reports one flag per literal, in the order given. */
  readonly size: number;
  private readonly columnOf = new Uint8Array(128);
  /** `columnOf` of each ASCII code unit lowercased: what a scan of the text's ASCII-lowercase form reads. */
  private readonly lowerColumnOf = new Uint8Array(128);
  private readonly width: number;
  /**
   * delta[row + column] is the row (state × width) of the next state, bit-inverted
   * (negative) when literals end in that state, so the hot loop tests one sign.
   */
  private readonly delta: Int32Array;
  /** Literal ids ending in state s (its own and its suffix states'): ids[start[s] .. start[s + 1]). */
  private readonly start: Int32Array;
  private readonly ids: Int32Array;
  private readonly lengths: Int32Array;

  /** `literals` must be non-empty ASCII strings. */
  constructor(literals: readonly string[]) {
    this.size = literals.length;
    this.lengths = Int32Array.from(literals, (literal) => literal.length);
    let columns = 1;
    for (const literal of literals) {
      if (literal.length === 0) throw new RangeError("empty literal");
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code >= 128) throw new RangeError(`not an ASCII literal: ${JSON.stringify(literal)}`);
        if (this.columnOf[code] === OTHER) this.columnOf[code] = columns++;
      }
    }
    this.width = columns;
    for (let code = 0; code < 128; code++) {
      this.lowerColumnOf[code] = this.columnOf[code >= 0x41 && code <= 0x5a ? code + 32 : code] ?? OTHER;
    }
    const trie = this.trie(literals);
    const { delta, outputs } = this.complete(trie);
    const states = trie.states;
    this.start = new Int32Array(states + 1);
    let total = 0;
    for (let state = 0; state < states; state++) {
      this.start[state] = total;
      total += outputs[state]?.length ?? 0;
    }
    this.start[states] = total;
    this.ids = new Int32Array(total);
    outputs.forEach((ids, state) => {
      if (ids !== undefined) this.ids.set(ids, this.start[state] ?? 0);
    });
    this.delta = delta;
  }

  /**
   * The trie: each state's parent and the column of its edge from it, and the literals
   * ending in each state. States are numbered level by level (all prefixes of length 1,
   * then 2, …), so the shallow states a text visits most share a few cache lines, and
   * numeric order is breadth-first order.
   */
  private trie(literals: readonly string[]): Trie {
    const width = this.width;
    // A dense child table (-1: no edge) for the insertions, sized for one state per character.
    const capacity = 1 + literals.reduce((sum, l) => sum + l.length, 0);
    const next = new Int32Array(capacity * width).fill(-1);
    const parent = new Int32Array(capacity);
    const column = new Int32Array(capacity);
    const ends = new Map<number, number[]>();
    const at = new Int32Array(literals.length);
    // The ids of the literals longer than the current depth, in id order: each depth
    // visits only those, so the whole build takes one step per literal character.
    let active = literals.map((_, id) => id);
    let states = 1;
    for (let depth = 0; active.length > 0; depth++) {
      for (const id of active) {
        const literal = literals[id] ?? "";
        const from = at[id] ?? 0;
        const edgeColumn = this.columnOf[literal.charCodeAt(depth)] ?? OTHER;
        let target = next[from * width + edgeColumn] ?? -1;
        if (target < 0) {
          target = states++;
          next[from * width + edgeColumn] = target;
          parent[target] = from;
          column[target] = edgeColumn;
        }
        at[id] = target;
        if (literal.length === depth + 1) {
          const list = ends.get(target);
          if (list === undefined) ends.set(target, [id]);
          else list.push(id);
        }
      }
      active = active.filter((id) => (literals[id]?.length ?? 0) > depth + 1);
    }
    return { parent, column, ends, states };
  }

  /**
   * The DFA, breadth-first: a state's row starts as a copy of its failure state's row
   * (complete already, being shallower), and its own trie edges are written over it.
   * One native copy per state instead of one step per state and column keeps the first
   * build in a fresh isolate, which runs this in the interpreter, short. Returns the
   * table (rows encoded as in `delta`) and each state's outputs, merged along failure links.
   */
  private complete(trie: Trie): { delta: Int32Array; outputs: (number[] | undefined)[] } {
    const { parent, column, ends, states } = trie;
    const width = this.width;
    const firstChild = new Int32Array(states + 1);
    for (let state = 1; state < states; state++) firstChild[(parent[state] ?? 0) + 1]++;
    for (let state = 0; state < states; state++) firstChild[state + 1] = (firstChild[state + 1] ?? 0) + (firstChild[state] ?? 0);
    const children = new Int32Array(Math.max(0, states - 1));
    const cursor = firstChild.slice(0, states);
    for (let state = 1; state < states; state++) {
      const from = parent[state] ?? 0;
      children[cursor[from] ?? 0] = state;
      cursor[from] = (cursor[from] ?? 0) + 1;
    }
    const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(states);
    for (const [state, ids] of ends) outputs[state] = [...ids];
    // Every missing edge of the root leads back to it: a zeroed table.
    const delta = new Int32Array(states * width);
    const fail = new Int32Array(states);
    for (let state = 0; state < states; state++) {
      const row = state * width;
      const failRow = (fail[state] ?? 0) * width;
      if (state > 0) delta.copyWithin(row, failRow, failRow + width);
      for (let k = firstChild[state] ?? 0; k < (firstChild[state + 1] ?? 0); k++) {
        const child = children[k] ?? 0;
        const edge = column[child] ?? OTHER;
        const through = state === 0 ? 0 : (delta[failRow + edge] ?? 0);
        const childFail = (through < 0 ? ~through : through) / width;
        fail[child] = childFail;
        const inherited = outputs[childFail];
        if (inherited !== undefined) outputs[child] = [...(outputs[child] ?? []), ...inherited];
        delta[row + edge] = outputs[child] !== undefined ? ~(child * width) : child * width;
      }
    }
    return { delta, outputs };
  }

  /**
   * `this.scan(text)` and `lower.scan(L)` at once, where L is `text` with A-Z lowercased
   * (and nothing else changed). The two walks do not depend on each other, so one loop
   * runs both in about the time of one: each step waits on a table read, and the
   * processor overlaps the two waits.
   */
  scanWithLowercase(lower: LiteralAutomaton, text: string): [LiteralScan, LiteralScan] {
    const found = new Uint8Array(this.size);
    const lowerFound = new Uint8Array(lower.size);
    const { columnOf, delta, width, start, ids } = this;
    const lowerColumnOf = lower.lowerColumnOf;
    const lowerDelta = lower.delta;
    const lowerWidth = lower.width;
    const lowerStart = lower.start;
    const lowerIds = lower.ids;
    let row = 0;
    let lowerRow = 0;
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let column = OTHER;
      let lowerColumn = OTHER;
      if (code < 128) {
        column = columnOf[code] as number;
        lowerColumn = lowerColumnOf[code] as number;
      } else ascii = false;
      row = delta[row + column] as number;
      lowerRow = lowerDelta[lowerRow + lowerColumn] as number;
      if (row < 0) {
        row = ~row;
        const state = row / width;
        const to = start[state + 1] as number;
        for (let k = start[state] as number; k < to; k++) found[ids[k] as number] = 1;
      }
      if (lowerRow < 0) {
        lowerRow = ~lowerRow;
        const state = lowerRow / lowerWidth;
        const to = lowerStart[state + 1] as number;
        for (let k = lowerStart[state] as number; k < to; k++) lowerFound[lowerIds[k] as number] = 1;
      }
    }
    return [
      { found, ascii },
      { found: lowerFound, ascii },
    ];
  }

  /**
   * The occurrences in `text` that `wanted` (one `WANTED` value per literal) asks for,
   * overlaps included, grouped by literal, at most `cap` listed per literal. Each time a
   * literal becomes crowded, `pointless` may say the rest of the text is not worth
   * reading; the pass then stops there.
   */
  occurrences(text: string, wanted: Uint8Array, cap: number, pointless?: (found: OccurrenceList) => boolean): Occurrences {
    const { columnOf, delta, width, start, ids } = this;
    const found = new OccurrenceList(this.size, cap);
    let row = 0;
    walk: for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = delta[row + (code < 128 ? (columnOf[code] as number) : OTHER)] as number;
      if (row >= 0) continue;
      row = ~row;
      const state = row / width;
      const to = start[state + 1] as number;
      for (let k = start[state] as number; k < to; k++) {
        const id = ids[k] as number;
        const want = wanted[id] as number;
        if (want === WANTED.none) continue;
        const at = i - (this.lengths[id] as number) + 1;
        if (want === WANTED.atWordBoundary && !startsAtWordBoundary(text, at)) continue;
        if (found.add(id, at) && pointless !== undefined && pointless(found)) break walk;
      }
    }
    return found.grouped();
  }

  /** One flag per literal (1 when it occurs in `text`), and whether the text is pure ASCII. */
  scan(text: string): LiteralScan {
    const found = new Uint8Array(this.size);
    const { columnOf, delta, width, start, ids } = this;
    let row = 0;
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let column = OTHER;
      if (code < 128) column = columnOf[code] as number;
      else ascii = false;
      row = delta[row + column] as number;
      if (row < 0) {
        row = ~row;
        const state = row / width;
        const to = start[state + 1] as number;
        for (let k = start[state] as number; k < to; k++) found[ids[k] as number] = 1;
      }
    }
    return { found, ascii };
  }
}

// Compiling an automaton costs milliseconds, so they are cached per isolate: every
// engine built from the same signatures shares them. The cap only bounds memory when
// tenants' custom signatures keep changing.
const AUTOMATON_CACHE = new Map<string, LiteralAutomaton>();
const AUTOMATON_CACHE_LIMIT = 12;

/** The automaton of `literals`, compiled once per isolate. */
export function cachedAutomaton(literals: readonly string[]): LiteralAutomaton {
  const key = literals.join("\u0000");
  const cached = AUTOMATON_CACHE.get(key);
  if (cached !== undefined) return cached;
  const automaton = new LiteralAutomaton(literals);
  if (AUTOMATON_CACHE.size >= AUTOMATON_CACHE_LIMIT) AUTOMATON_CACHE.clear();
  AUTOMATON_CACHE.set(key, automaton);
  return automaton;
}
