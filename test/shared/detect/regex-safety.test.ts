import { describe, expect, it } from "vitest";
import { checkCustomPattern } from "../../../src/shared/detect/custom-signatures";
import { backtrackingRisk } from "../../../src/shared/detect/regex-safety";
import { BUILTIN_SIGNATURES } from "../../../src/shared/detect/signatures/index";

describe("checkCustomPattern refuses hostile regexes", () => {
  it.each([
    ["(a+)+$"],
    ["(a|a)*"],
    ["(\\w+\\s?)*"],
    ["([a-z]+\\d)+"],
    ["(a*)*b"],
    ["(x|xy)*z"],
    ["(a)\\1"],
    ["(?<=secret)\\d+"],
    ["\\w+@"],
    ["\\bkey\\s*\\s*="],
    ["[unclosed"],
    ["a{2,1}"],
  ])("%s", (pattern) => {
    expect(checkCustomPattern({ kind: "regex", pattern }).ok).toBe(false);
  });

  it("refuses patterns longer than the limit", () => {
    expect(checkCustomPattern({ kind: "regex", pattern: "a".repeat(5000) }).ok).toBe(false);
  });

  it.each([["\\bproject\\s+falcon\\b"], ["\\bacme-\\d{4}\\b"], ["(?:internal|confidential)\\W+memo"], ["[a-z]{16,}"]])(
    "accepts %s",
    (pattern) => {
      expect(checkCustomPattern({ kind: "regex", pattern })).toEqual({ ok: true });
    },
  );

  it("accepts phrases and keyword lists, refuses empty ones", () => {
    expect(checkCustomPattern({ kind: "phrase", pattern: "project falcon" }).ok).toBe(true);
    expect(checkCustomPattern({ kind: "keywords", pattern: "merger, layoffs" }).ok).toBe(true);
    expect(checkCustomPattern({ kind: "keywords", pattern: " , ," }).ok).toBe(false);
  });
});

describe("every built-in pattern passes the same analysis", () => {
  it.each(BUILTIN_SIGNATURES.map((s) => [s.id, s.pattern] as const))("%s", (_id, pattern) => {
    expect(backtrackingRisk(pattern.source, pattern.flags)).toBeNull();
  });
});
