import { describe, expect, it } from "vitest";
import { LiteralAutomaton } from "../../../src/shared/detect/literal-automaton";
import { type LiteralRequirement, literalsOf, requiredLiterals } from "../../../src/shared/detect/required-literals";
import { BUILTIN_SIGNATURES } from "../../../src/shared/detect/signatures/index";
import { buildViews } from "../../../src/shared/detect/views";

function holdsIn(requirement: LiteralRequirement, text: string): boolean {
  if (typeof requirement === "string") return text.includes(requirement);
  if ("all" in requirement) return requirement.all.every((r) => holdsIn(r, text));
  return requirement.any.some((r) => holdsIn(r, text));
}

describe("literals a regex cannot match without", () => {
  it.each([
    [/ignore\W+previous/, { all: ["ignore", "previous"] }],
    [/\b(?:ignor(?:e|ing)|forget)\s+all\b/, { all: [{ any: ["ignore", "ignoring", "forget"] }, "all"] }],
    [/summari[sz]e/, { any: ["summarise", "summarize"] }],
    [/instructions?/, { any: ["instruction", "instructions"] }],
    [/(?:abc)+x{2}/, "abc"],
    [/sk-[A-Za-z0-9]{20}/, "sk-"],
    [/\x41KIA[0-9A-Z]{16}/, "AKIA"],
    [/[^]abc/, "abc"],
  ])("%s requires %j", (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it.each([
    [/\d{3}-\d{2}-\d{4}/, "digits and separators only"],
    [/(?:foo)?bar?/, "everything optional or too short"],
    [/secret/i, "case-insensitive"],
    [/(a+)\1/, "backreference"],
    [/ab|cdef/, "one branch is too short to filter"],
    [/(?=abc)/, "lookahead only"],
    [/(?!abc)abd|x/, "an alternative without a literal"],
    [/ᴀᴅᴍɪɴ/u, "non-ASCII letters"],
  ])("%s requires nothing it can prove (%s)", (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });

  it("holds on every view where a built-in signature's own positive case matches", () => {
    for (const signature of BUILTIN_SIGNATURES) {
      const requirement = requiredLiterals(signature.pattern);
      if (requirement === null) continue;
      const regex = new RegExp(signature.pattern.source, signature.pattern.flags.replace("g", ""));
      for (const text of signature.cases.positive) {
        for (const view of buildViews(text)) {
          if (regex.test(view.text)) expect(holdsIn(requirement, view.text), `${signature.id} on ${view.name}`).toBe(true);
        }
      }
    }
  });
});

describe("literal automaton", () => {
  it("says exactly what includes() says, overlaps and suffixes included", () => {
    const literals = ["he", "she", "his", "hers", "ignore", "ore", "AKIA", "](", "sk-"];
    const automaton = new LiteralAutomaton(literals);
    for (const text of ["ushers", "IGNORE ignore", "x](y) sk-abc", "", "hi", "AKIAakia", "sh\u00e9 hers"]) {
      const { found: present, ascii } = automaton.scan(text);
      expect(ascii).toBe(!/[^\x00-\x7f]/.test(text));
      literals.forEach((literal, id) => expect(present[id] === 1, `${literal} in ${JSON.stringify(text)}`).toBe(text.includes(literal)));
    }
  });

  it("finds every built-in requirement literal like includes() on the signatures' own cases", () => {
    const all = new Set<string>();
    for (const signature of BUILTIN_SIGNATURES) {
      const requirement = requiredLiterals(signature.pattern);
      if (requirement !== null) literalsOf(requirement, all);
    }
    const literals = [...all];
    const automaton = new LiteralAutomaton(literals);
    for (const signature of BUILTIN_SIGNATURES) {
      for (const text of [...signature.cases.positive, ...signature.cases.negative]) {
        const present = automaton.scan(text.toLowerCase()).found;
        literals.forEach((literal, id) => {
          if ((present[id] === 1) !== text.toLowerCase().includes(literal)) expect.fail(`${literal} in ${signature.id} case`);
        });
      }
    }
  });

  it("scans a text and its A-Z-lowercased form at once exactly as two scans would", () => {
    const cased = new LiteralAutomaton(["AKIA", "sk-", "BEGIN", "ignore", "](", "Ab"]);
    const lower = new LiteralAutomaton(["ignore", "akia", "ab", "AKIA", "\u00e9t", "sk-"].filter((l) => !/[^\x00-\x7f]/.test(l)));
    for (const text of ["AKIA IGNORE ignore", "x](Y) SK-abc", "", "Ab", "sh\u00e9 IGNORE", "\u212a AKIA"]) {
      const lowered = text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
      const [first, second] = cased.scanWithLowercase(lower, text);
      expect(first).toEqual(cased.scan(text));
      expect(second).toEqual(lower.scan(lowered));
    }
  });

  it("rejects literals it cannot hold", () => {
    expect(() => new LiteralAutomaton([""])).toThrow(RangeError);
    expect(() => new LiteralAutomaton(["игнор"])).toThrow(RangeError);
  });
});
