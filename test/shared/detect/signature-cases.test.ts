import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/shared/detect/engine";
import { BUILTIN_SIGNATURES } from "../../../src/shared/detect/signatures/index";
import type { Role } from "../../../src/shared/schemas/inspect";
import { DEFAULT_POLICY } from "../../../src/shared/schemas/policy";

// One table-driven suite runs every built-in signature's own cases.
const engine = createEngine({
  detection: { ...DEFAULT_POLICY.detection, canary_tokens: ["CANARY-7f3a9c2e"] },
  customSignatures: [],
});

function matchedIds(text: string, role: Role, direction: "input" | "output"): string[] {
  const result = engine.inspect({ messages: [{ role, content: text }], direction });
  return result.matches.map((m) => m.signature_id);
}

describe.each(BUILTIN_SIGNATURES.map((s) => [s.id, s] as const))("%s", (_id, signature) => {
  const role = signature.cases.role ?? "user";
  const direction = signature.cases.direction ?? "input";
  it.each(signature.cases.positive.map((t) => [t]))("matches %j", (text) => {
    expect(matchedIds(text, role, direction)).toContain(signature.id);
  });
  it.each(signature.cases.negative.map((t) => [t]))("does not match %j", (text) => {
    expect(matchedIds(text, role, direction)).not.toContain(signature.id);
  });
  it("has at least one positive and one negative case", () => {
    expect(signature.cases.positive.length).toBeGreaterThan(0);
    expect(signature.cases.negative.length).toBeGreaterThan(0);
  });
});

it("signature ids are unique and versioned", () => {
  const ids = BUILTIN_SIGNATURES.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of BUILTIN_SIGNATURES) expect(s.id).toMatch(/^[a-z]+\.[a-z0-9-]+\.v\d+$/);
});

// V8 compiles a regex on its first use, again for the first two-byte subject, in time
// that grows with the source: one pattern of 132 KB cost an isolate 1.4 s of its first
// requests (`npx tsx bench/cold-start.bench.ts --patterns` lists the costliest).
const LARGEST_PATTERN_SOURCE = 32_000;

it(`no built-in pattern's source exceeds ${LARGEST_PATTERN_SOURCE} characters`, () => {
  const oversized = BUILTIN_SIGNATURES.filter((s) => s.pattern.source.length > LARGEST_PATTERN_SOURCE).map((s) => s.id);
  expect(oversized).toEqual([]);
});
