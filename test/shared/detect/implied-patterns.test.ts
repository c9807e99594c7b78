import { describe, expect, it } from "vitest";
import { compileBuiltins } from "../../../src/shared/detect/compiled-signature";
import { IMPLIED_PATTERNS, impliedPattern } from "../../../src/shared/detect/implied-patterns";
import { requirementKey } from "../../../src/shared/detect/required-literals";
import { BUILTIN_SIGNATURES } from "../../../src/shared/detect/signatures/index";

const compiled = compileBuiltins(BUILTIN_SIGNATURES, new Set());
const withImplied = compiled.filter((s) => s.regex !== null && impliedPattern(s.regex) !== null);

/** Short-token floods near the 40-item threshold, with every separator length and a long first token. */
function floods(): string[] {
  const texts: string[] = [];
  for (const count of [38, 39, 40, 41, 60]) {
    for (const gap of [" ", "  ", "   ", "\t\n ", "    "]) {
      for (const token of ["ö", "ab", ")", "\u{1f600}", "abc"]) {
        texts.push(`${token}${gap}`.repeat(count), `longword ${`${token}${gap}`.repeat(count)}tail`, `x${`${token}${gap}`.repeat(count)}`);
      }
    }
  }
  return texts;
}

describe("implied patterns", () => {
  it("every entry still belongs to a built-in pattern", () => {
    const keys = new Set(compiled.flatMap((s) => (s.regex === null ? [] : [requirementKey(s.regex)])));
    for (const key of IMPLIED_PATTERNS.keys()) expect(keys.has(key), key).toBe(true);
  });

  it("match wherever their signature's regex matches", () => {
    expect(withImplied.length).toBeGreaterThan(0);
    for (const signature of withImplied) {
      const regex = new RegExp((signature.regex as RegExp).source, (signature.regex as RegExp).flags.replace("g", ""));
      const implied = impliedPattern(signature.regex as RegExp);
      const definition = BUILTIN_SIGNATURES.find((b) => b.id === signature.id);
      const texts = [...(definition?.cases.positive ?? []), ...(definition?.cases.negative ?? []), ...floods()];
      let matched = 0;
      for (const text of texts) {
        if (!regex.test(text)) continue;
        matched++;
        expect(implied?.test(text), `${signature.id} on ${JSON.stringify(text.slice(0, 40))}`).toBe(true);
      }
      expect(matched).toBeGreaterThan(0);
    }
  });
});
