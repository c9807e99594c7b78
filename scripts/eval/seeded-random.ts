/**
 * Deterministic randomness for the harnesses: the same seed gives the same evasion
 * variants and the same benchmark text on every machine, so two runs differ only
 * because the engine changed.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** FNV-1a over UTF-16 code units; stable across runs and platforms. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough to pick characters and positions. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator keyed by a string (e.g. record id + transform name), independent of run order. */
export function randomFor(key: string): Random {
  return seededRandom(hashString(key));
}

/** Picks one element; the list must not be empty. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() from an empty list");
  return item;
}
