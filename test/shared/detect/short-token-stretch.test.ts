import { describe, expect, it } from "vitest";
import { hasShortTokenStretch } from "../../../src/shared/detect/short-token-stretch";

/** Every unit, one by one: the reference the probing must agree with. */
function bruteForce(text: string, length: number): boolean {
  const long = new Uint8Array(text.length);
  for (const m of text.matchAll(/\S{3,}/g)) long.fill(1, m.index, m.index + m[0].length);
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = long[i] === 1 ? 0 : run + 1;
    if (run >= length) return true;
  }
  return false;
}

describe("short-token stretches", () => {
  const pieces = ["a ", "ab ", "abc ", "  ", "\t", ") ", "]}", "\u00a0", "\u200b", "x", "\n", "longword "];
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let k = 0; k < 3000; k++) {
    let text = "";
    const count = Math.floor(next() * 120);
    for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }

  it("finds exactly the stretches a unit-by-unit reading finds", () => {
    for (const text of texts) for (const length of [1, 3, 10, 79]) expect(hasShortTokenStretch(text, length), JSON.stringify(text)).toBe(bruteForce(text, length));
  });

  it("holds wherever the token-flood pattern matches", () => {
    const flood = /\s(?:\S{1,2}\s{1,3}){39}/;
    let floods = 0;
    const built = [` ${"ab ".repeat(39)}`, ` ${"a\t".repeat(45)}x`, `prose first ${"x ".repeat(50)}then prose`, `${"a   ".repeat(20)}${"b\u3000".repeat(25)}`];
    for (const text of [...texts, ...built]) {
      if (!flood.test(text)) continue;
      floods++;
      expect(hasShortTokenStretch(text, 79), JSON.stringify(text)).toBe(true);
    }
    expect(floods).toBeGreaterThanOrEqual(built.length);
  });

  it("finds none in prose", () => {
    expect(hasShortTokenStretch("Ordinary prose has words of three letters or more in almost every stretch. ".repeat(40), 79)).toBe(false);
  });
});
