import { describe, expect, it } from "vitest";
import { builtinHeads, builtinRequirements, rejoinWords } from "../../../src/shared/detect/builtin-requirements";
import shipped from "../../../src/shared/detect/signatures/literal-requirements.json";
import shippedHeads from "../../../src/shared/detect/signatures/match-heads.json";
import shippedRejoinWords from "../../../src/shared/detect/signatures/rejoin-words.json";

describe("precomputed literal requirements and match heads of the built-in signatures", () => {
  it("match what the patterns derive today (run `npm run generate:literals` after changing a signature)", () => {
    expect(shipped).toEqual(builtinRequirements());
  });

  it("and so do the match heads (run `npm run generate:literals` after changing a signature)", () => {
    expect(shippedHeads).toEqual(builtinHeads());
  });

  it("and so do the words the rejoined view knows (run `npm run generate:literals` after changing a signature)", () => {
    const words = rejoinWords(builtinRequirements());
    expect(shippedRejoinWords).toEqual(words);
    expect(words).toEqual(expect.arrayContaining(["ignore", "instructions", "password", "previous"]));
    expect(words.every((word) => /^[a-z]{5,}$/.test(word))).toBe(true);
  });

  it("take in, lowercased, the words of the regexes validators require (a signature's `context`)", () => {
    expect(rejoinWords([], [/\bHypothetical\W+Screenplay\b/])).toEqual(["hypothetical", "screenplay"]);
    expect(rejoinWords(builtinRequirements())).toEqual(expect.arrayContaining(["screenplay", "novelist"]));
  });

  it("leave out a word the patterns also take as two words one space apart", () => {
    expect(rejoinWords([], [/\b(?:developer|god)[ _]?mode\b/])).toEqual(["developer"]);
    expect(rejoinWords([], [/\bsafetyfilters?\b/])).toEqual(["safetyfilter", "safetyfilters"]);
    const shipped = rejoinWords(builtinRequirements());
    expect(shipped).toEqual(expect.arrayContaining(["developer", "safety", "filters"]));
    expect(shipped).not.toEqual(expect.arrayContaining(["developermode"]));
    expect(shipped).not.toEqual(expect.arrayContaining(["safetyfilters"]));
  });
});
