import { expect, it } from "vitest";
import { DEFAULT_POLICY } from "../../src/shared/schemas/policy";
it("smoke", () => { expect(DEFAULT_POLICY.detection.flag_threshold).toBe(40); });
