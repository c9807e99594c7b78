import type { Engine } from "../shared/detect/contract";
import { buildEngine } from "../shared/firewall-engine";
import type { StoredPolicy } from "./policy-store";

/**
 * Compiling signatures costs far more than one inspection, so the engine is built once
 * per policy version and reused until the policy changes.
 */
export class EngineCache {
  #version = -1;
  #engine: Engine | null = null;

  get(stored: StoredPolicy): Engine {
    if (!this.#engine || this.#version !== stored.version) {
      this.#engine = buildEngine(stored.policy.detection, []);
      this.#version = stored.version;
    }
    return this.#engine;
  }
}
