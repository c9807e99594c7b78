/**
 * The engine both harnesses measure: the product's own factory with the default policy
 * and no custom signatures, so eval and bench see exactly what the tenant DO runs.
 */
import type { Engine } from "../../src/shared/detect/contract";
import { buildEngine } from "../../src/shared/firewall-engine";
import { DEFAULT_POLICY } from "../../src/shared/schemas/policy";
import type { DetectionPolicy } from "../../src/shared/schemas/policy";
import type { CustomSignature } from "../../src/shared/schemas/signature";

type BuildEngine = (detection: DetectionPolicy, customSignatures: CustomSignature[], options?: { model?: boolean }) => Engine;

/** `model: false` = signatures only; `true` = with the learned scorer when one is present. */
export function engineUnderTest(options: { model: boolean }): Engine {
  // Seen through BuildEngine so this compiles before and after the factory grows its
  // `options` parameter (a shorter parameter list is assignable).
  const build: BuildEngine = buildEngine;
  return build(DEFAULT_POLICY.detection, [], { model: options.model });
}
