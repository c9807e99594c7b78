/**
 * Finds which of many ASCII literals occur in a text, in one pass: an Aho-Corasick
 * automaton (Aho & Corasick, CACM 1975) compiled into a dense transition table over
 * the characters the literals use, so each code unit of the text costs one table read.
 * Substring semantics, case-sensitive, overlaps included: exactly `text.includes(literal)`
 * for every literal at once.
 */

/** What one pass over a text found. */
export interface LiteralScan {
  /** One flag per literal, in the order given to the automaton: 1 when it occurs. */
  found: Uint8Array;
  /** True when the text has no code unit above U+007F. */
  ascii: boolean;
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

  /** `literals` must be non-empty ASCII strings. */
  constructor(literals: readonly string[]) {
    this.size = literals.length;
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
    const { next, ends, states } = this.trie(literals);
    const outputs = this.complete(next, ends, states);
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
    const delta = next.slice(0, states * columns);
    for (let i = 0; i < delta.length; i++) {
      const target = delta[i] ?? 0;
      delta[i] = (outputs[target]?.length ?? 0) > 0 ? ~(target * columns) : target * columns;
    }
    this.delta = delta;
  }

  /**
   * The trie as a dense table (-1: no edge), sized for the worst case of one state per
   * character. States are numbered level by level (all prefixes of length 1, then 2, …),
   * so the shallow states a text visits most share a few cache lines.
   */
  private trie(literals: readonly string[]): { next: Int32Array; ends: Map<number, number[]>; states: number } {
    const width = this.width;
    const next = new Int32Array((1 + literals.reduce((sum, l) => sum + l.length, 0)) * width).fill(-1);
    const ends = new Map<number, number[]>();
    const at = new Int32Array(literals.length);
    const longest = literals.reduce((max, l) => Math.max(max, l.length), 0);
    let states = 1;
    for (let depth = 0; depth < longest; depth++) {
      literals.forEach((literal, id) => {
        if (literal.length <= depth) return;
        const edge = (at[id] ?? 0) * width + (this.columnOf[literal.charCodeAt(depth)] ?? OTHER);
        let target = next[edge] ?? -1;
        if (target < 0) {
          target = states++;
          next[edge] = target;
        }
        at[id] = target;
        if (literal.length === depth + 1) {
          const list = ends.get(target);
          if (list === undefined) ends.set(target, [id]);
          else list.push(id);
        }
      });
    }
    return { next, ends, states };
  }

  /**
   * Breadth-first over the trie: failure links, outputs merged along them, and every
   * missing edge of `next` resolved in place (it becomes the DFA). Returns the outputs.
   */
  private complete(next: Int32Array, ends: ReadonlyMap<number, number[]>, states: number): (number[] | undefined)[] {
    const width = this.width;
    const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(states);
    for (const [state, ids] of ends) outputs[state] = [...ids];
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let column = 0; column < width; column++) {
      const target = next[column] ?? -1;
      if (target < 0) next[column] = 0;
      else queue.push(target);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const row = state * width;
      const failRow = (fail[state] ?? 0) * width;
      for (let column = 0; column < width; column++) {
        const target = next[row + column] ?? -1;
        if (target < 0) {
          next[row + column] = next[failRow + column] ?? 0;
          continue;
        }
        const targetFail = next[failRow + column] ?? 0;
        fail[target] = targetFail;
        const inherited = outputs[targetFail];
        if (inherited !== undefined) outputs[target] = [...(outputs[target] ?? []), ...inherited];
        queue.push(target);
      }
    }
    return outputs;
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
