import { describe, expect, it } from "vitest";
import { hitAll } from "../../src/shared/rate-limit/limiter";
import type { WindowStore } from "../../src/shared/rate-limit/window-store";

/**
 * One suite for every WindowStore: the in-memory store (Node) and the Durable Object's
 * SQLite store (workerd) must behave the same under the limiter.
 */
export function describeWindowStore(name: string, withStore: (fn: (store: WindowStore) => void) => Promise<void>): void {
  const rule = { limit: 3, windowMs: 10_000 };

  describe(`WindowStore conformance: ${name}`, () => {
    it("returns null for an unknown key and what was put for a known one", async () => {
      await withStore((store) => {
        expect(store.get("nope")).toBeNull();
        store.put("k", { bucket: 7, current: 2, previous: 1, windowMs: 1000 }, 9000);
        expect(store.get("k")).toEqual({ bucket: 7, current: 2, previous: 1, windowMs: 1000 });
      });
    });

    it("overwrites a key on put", async () => {
      await withStore((store) => {
        store.put("k", { bucket: 1, current: 1, previous: 0, windowMs: 1000 }, 3000);
        store.put("k", { bucket: 2, current: 5, previous: 1, windowMs: 1000 }, 4000);
        expect(store.get("k")).toEqual({ bucket: 2, current: 5, previous: 1, windowMs: 1000 });
      });
    });

    it("prunes exactly the rows whose expiry has passed", async () => {
      await withStore((store) => {
        store.put("old", { bucket: 1, current: 1, previous: 0, windowMs: 1000 }, 3000);
        store.put("new", { bucket: 5, current: 1, previous: 0, windowMs: 1000 }, 7000);
        expect(store.prune(3000)).toBe(1);
        expect(store.get("old")).toBeNull();
        expect(store.get("new")).not.toBeNull();
      });
    });

    it("lets the limiter allow exactly `limit` requests, then refuse", async () => {
      await withStore((store) => {
        const t0 = 1_000_000;
        const outcomes = [0, 1, 2, 3].map((i) => hitAll(store, [{ key: "t", rule }], t0 + i).allowed);
        expect(outcomes).toEqual([true, true, true, false]);
        expect(store.get("t")?.current).toBe(3);
      });
    });

    it("does not count a refused request in any scope", async () => {
      await withStore((store) => {
        const t0 = 2_000_000;
        const tight = { key: "user:u", rule: { limit: 1, windowMs: 10_000 } };
        const loose = { key: "tenant", rule: { limit: 100, windowMs: 10_000 } };
        expect(hitAll(store, [loose, tight], t0).allowed).toBe(true);
        const refused = hitAll(store, [loose, tight], t0 + 1);
        expect(refused.allowed).toBe(false);
        expect(refused.scope).toBe("user:u");
        expect(store.get("tenant")?.current).toBe(1);
      });
    });
  });
}
