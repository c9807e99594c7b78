import type { Engine } from "./detect/contract";
import { createEngine } from "./detect/engine";
import type { DetectionPolicy } from "./schemas/policy";
import type { CustomSignature } from "./schemas/signature";

/**
 * The one way the product builds an engine (tenant DO, eval and bench harnesses), so
 * they all measure and run the same thing.
 */
export function buildEngine(detection: DetectionPolicy, customSignatures: CustomSignature[]): Engine {
  return createEngine({ detection, customSignatures });
}
