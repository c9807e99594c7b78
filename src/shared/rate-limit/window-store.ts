import type { WindowState } from "./sliding-window";

/**
 * Where window counters live. Synchronous on purpose: the Durable Object's SQLite API is
 * synchronous, and a limiter decision must not interleave with another request's.
 */
export interface WindowStore {
  get(key: string): WindowState | null;
  put(key: string, state: WindowState, expiresAt: number): void;
  /** Drops counters whose window has fully passed; returns how many were removed. */
  prune(now: number): number;
}

/** In-memory store for Node tests and benchmarks. */
export class MemoryWindowStore implements WindowStore {
  readonly #rows = new Map<string, { state: WindowState; expiresAt: number }>();

  get(key: string): WindowState | null {
    return this.#rows.get(key)?.state ?? null;
  }

  put(key: string, state: WindowState, expiresAt: number): void {
    this.#rows.set(key, { state, expiresAt });
  }

  prune(now: number): number {
    let removed = 0;
    for (const [key, row] of this.#rows) {
      if (row.expiresAt <= now) {
        this.#rows.delete(key);
        removed++;
      }
    }
    return removed;
  }
}
