import { describe, expect, it } from "vitest";
import { forEachLongRun, nextUnitMatching, type RunProperty } from "../../../src/shared/detect/long-runs";
import { isWhitespaceUnit } from "../../../src/shared/detect/unicode/char-classes";

const isLetter = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;
const letters = (text: string): RunProperty => ({ inRun: (at) => isLetter(text.charCodeAt(at)), runEnd: (from) => nextUnitMatching(/[^a-z]/g, text, from) });

function runsOf(text: string, min: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  forEachLongRun(text.length, min, letters(text), (start, end) => {
    runs.push([start, end]);
    return false;
  });
  return runs;
}

/** What a global regex finds: the reference the probing must agree with. */
function regexRuns(text: string, min: number): Array<[number, number]> {
  return [...text.matchAll(new RegExp(`(?<![a-z])[a-z]{${min},}`, "g"))].map((m) => [m.index, m.index + m[0].length]);
}

describe("long runs", () => {
  it("finds exactly the maximal runs a regex finds, whatever their length and place", () => {
    const pieces = ["a", "bc", "defgh", " ", "..", "xyzxyzxyzxyz", "\n"];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      let text = "";
      const count = Math.floor(next() * 40);
      for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)];
      for (const min of [1, 2, 3, 5, 16]) expect(runsOf(text, min), `${JSON.stringify(text)} min ${min}`).toEqual(regexRuns(text, min));
    }
  });

  it("stops when asked", () => {
    const seen: number[] = [];
    const text = "aaaa bbbb cccc";
    forEachLongRun(text.length, 4, letters(text), (start) => {
      seen.push(start);
      return start === 5;
    });
    expect(seen).toEqual([0, 5]);
  });
});

describe("isWhitespaceUnit", () => {
  it("says what \\s says for every code unit", () => {
    for (let unit = 0; unit <= 0xffff; unit++) expect(isWhitespaceUnit(unit), unit.toString(16)).toBe(/\s/.test(String.fromCharCode(unit)));
  });
});
