import { describe, expect, it } from "vitest";
import { LiteralAutomaton, WANTED } from "../../../src/shared/detect/literal-automaton";
import { searchLiterals } from "../../../src/shared/detect/literal-search";

const LITERALS = ["<", ":", "ab", "aba", "b", "[x", "do", "<admin>"];
const PIECES = ["a", "b", "ab", " ", "<", ":", "[x", "do", "_", "9", "<admin>", "é", "\n"];

describe("searchLiterals", () => {
  it("reports what the automaton's pass reports for the literals asked about", () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const automaton = new LiteralAutomaton(LITERALS);
    for (let round = 0; round < 3000; round++) {
      let text = "";
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)] ?? "";
      const wanted = new Uint8Array(LITERALS.length);
      const ids: number[] = [];
      LITERALS.forEach((_, id) => {
        const roll = random();
        if (roll < 0.3) return;
        wanted[id] = roll < 0.65 ? WANTED.everywhere : WANTED.atWordBoundary;
        ids.push(id);
      });
      const cap = 1 + Math.floor(random() * 4);
      const expected = automaton.occurrences(text, wanted, cap);
      const found = searchLiterals(text, LITERALS, ids, wanted, cap, LITERALS.length);
      const context = `${JSON.stringify(text)} cap ${cap} wanted ${[...wanted]}`;
      expect([...found.crowded], context).toEqual([...expected.crowded]);
      expect([...found.first], context).toEqual([...expected.first]);
      expect([...found.starts], context).toEqual([...expected.starts]);
    }
  });
});
