import { describe, expect, it } from "vitest";
import { builtinRequirements } from "../../../src/shared/detect/builtin-requirements";
import shipped from "../../../src/shared/detect/signatures/literal-requirements.json";

describe("precomputed literal requirements of the built-in signatures", () => {
  it("match what the patterns derive today (run `npm run generate:literals` after changing a signature)", () => {
    expect(shipped).toEqual(builtinRequirements());
  });
});
