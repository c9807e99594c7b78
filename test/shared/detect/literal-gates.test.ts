import { describe, expect, it } from "vitest";
import { compileBuiltins } from "../../../src/shared/detect/compiled-signature";
import { LiteralGates } from "../../../src/shared/detect/literal-gates";
import type { BuiltinSignature } from "../../../src/shared/detect/signatures/types";

function signature(literals: readonly string[]): BuiltinSignature {
  return { id: "test.mixed-literals.v1", version: 1, category: "prompt_injection", severity: "high", description: "test", target: "folded", pattern: /\S+ mir/, literals, cases: { positive: [], negative: [] } };
}

describe("literal gates with declared non-ASCII literals", () => {
  const [mixed] = compileBuiltins([signature(["obey", "gehörche"])], new Set());
  const gates = new LiteralGates(mixed === undefined ? [] : [mixed]);
  const mayMatch = (text: string): boolean => mixed !== undefined && gates.mayMatch(mixed, gates.scan(text, "folded"));

  it("an ASCII view passes on an ASCII literal and fails without one", () => {
    expect(mayMatch("you will obey mir now")).toBe(true);
    expect(mayMatch("nothing to see mir")).toBe(false);
  });

  it("a non-ASCII view still passes on the non-ASCII literal alone", () => {
    expect(mayMatch("du gehörche mir — ")).toBe(true);
    expect(mayMatch("ganz normaler text über mir")).toBe(false);
  });

  it("an empty declared literal lets every view through", () => {
    const [empty] = compileBuiltins([signature(["", "gehörche"])], new Set());
    const emptyGates = new LiteralGates(empty === undefined ? [] : [empty]);
    expect(empty !== undefined && emptyGates.mayMatch(empty, emptyGates.scan("plain ascii mir", "folded"))).toBe(true);
  });
});
