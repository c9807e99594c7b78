import { describe, expect, it } from "vitest";
import type { LiteralRequirement } from "../../../src/shared/detect/required-literals";
import { type BoundRequirement, holds, RequirementIndex, TOUCHED } from "../../../src/shared/detect/requirement-index";

const LITERALS = ["ignore", "forget", "all", "previous", "rules", "system"];
const idOf = new Map(LITERALS.map((literal, id) => [literal, id]));

function naive(requirement: LiteralRequirement, present: ReadonlySet<string>): boolean {
  if (typeof requirement === "string") return present.has(requirement);
  if ("all" in requirement) return requirement.all.every((r) => naive(r, present));
  return requirement.any.some((r) => naive(r, present));
}

describe("requirement index", () => {
  it("says what evaluating each requirement against the present literals says", () => {
    const requirements: LiteralRequirement[] = [
      "ignore",
      "unknown",
      { all: [{ any: ["ignore", "forget"] }, "previous", { any: ["rules", { all: ["system", "rules"] }] }] },
      { any: ["all", { all: ["previous", "previous"] }, "unknown"] },
      { all: ["all", "all"] },
      { any: [] },
      { all: [] },
    ];
    const index = new RequirementIndex(LITERALS.length);
    const bound = requirements.map((r) => index.bind(r, idOf));
    // Every subset of the literals.
    for (let mask = 0; mask < 1 << LITERALS.length; mask++) {
      const present = new Uint8Array(LITERALS.length);
      const names = new Set<string>();
      LITERALS.forEach((literal, id) => {
        if ((mask & (1 << id)) !== 0) {
          present[id] = 1;
          names.add(literal);
        }
      });
      const hits = index.hitsOf(present);
      requirements.forEach((requirement, k) => expect(holds(bound[k] as BoundRequirement, hits), `${JSON.stringify(requirement)} with ${[...names]}`).toBe(naive(requirement, names)));
    }
  });
});

describe("requirement hits", () => {
  it("marks the nodes above each present literal, and only those", () => {
    const index = new RequirementIndex(LITERALS.length);
    const top = index.bind({ all: [{ any: ["ignore", "forget"] }, { any: ["rules", { all: [] }] }] }, idOf);
    const present = new Uint8Array(LITERALS.length);
    present[idOf.get("forget") as number] = 1;
    const hits = index.hitsOf(present);
    const [dismiss, given] = top.parts as [BoundRequirement, BoundRequirement];
    const touched = (node: BoundRequirement): boolean => ((hits[node.index] as number) & TOUCHED) !== 0;
    expect([touched(top), touched(dismiss), touched(given)]).toEqual([true, true, false]);
    expect((hits[dismiss.index] as number) & ~TOUCHED).toBe(1);
    // Untouched, the second part answers with its vacuous value: `all: []` holds with nothing present.
    expect(given.vacuous).toBe(true);
    expect(holds(top, hits)).toBe(true);
  });
});
