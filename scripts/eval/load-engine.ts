/**
 * The harnesses reach the engine only through src/shared/firewall-engine.ts. That file
 * lands with the engine; until then it is imported by URL, so the harness typechecks and
 * runs its own tests before the engine exists, and says so clearly when run without it.
 */
import type { Engine } from "../../src/shared/detect/contract";
import type { DetectionPolicy } from "../../src/shared/schemas/policy";
import type { CustomSignature } from "../../src/shared/schemas/signature";

export type BuildEngine = (
  detection: DetectionPolicy,
  customSignatures: CustomSignature[],
  options?: { model?: boolean },
) => Engine;

const ENGINE_MODULE = new URL("../../src/shared/firewall-engine.ts", import.meta.url).href;

function hasBuildEngine(module: unknown): module is { buildEngine: BuildEngine } {
  return typeof module === "object" && module !== null && "buildEngine" in module && typeof module.buildEngine === "function";
}

export async function loadBuildEngine(): Promise<BuildEngine> {
  let module: unknown;
  try {
    module = await import(ENGINE_MODULE);
  } catch (cause) {
    throw new Error(`cannot load the engine from ${ENGINE_MODULE} (has it landed?)`, { cause });
  }
  if (!hasBuildEngine(module)) throw new Error(`${ENGINE_MODULE} does not export buildEngine()`);
  return module.buildEngine;
}
