import type { Engine } from "../shared/detect/contract";
import { buildEngine } from "../shared/firewall-engine";
import type { CustomSignature } from "../shared/schemas/signature";
import type { StoredPolicy } from "./policy-store";

/**
 * Compiling signatures costs far more than one inspection, so the engine is built once
 * per (policy version, signature revision) and reused until either changes.
 */
export class EngineCache {
  #key = "";
  #engine: Engine | null = null;

  get(stored: StoredPolicy, signatures: { revision: number; list(): CustomSignature[] }): Engine {
    const key = `${stored.version}:${signatures.revision}`;
    if (!this.#engine || this.#key !== key) {
      this.#engine = buildEngine(stored.policy.detection, signatures.list());
      this.#key = key;
    }
    return this.#engine;
  }
}
