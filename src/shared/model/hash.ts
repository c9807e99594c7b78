/**
 * Feature hashing: FNV-1a steps to absorb UTF-16 code units, then murmur3's finalizer so
 * that n-grams differing in one character land in unrelated buckets once masked to a
 * small table. Pure integer maths: identical in workerd, Node and the trainer.
 */

export const FNV_OFFSET = 0x811c9dc5;

/** Absorbs one value (a code unit or another hash) into a running hash. */
export function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x01000193);
}

/** murmur3 fmix32: spreads the low-entropy FNV state over all 32 bits. */
export function finalize(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A namespace seed, so char n-grams, words and structure features do not share buckets by design. */
export function seedFor(namespace: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < namespace.length; i++) h = mix(h, namespace.charCodeAt(i));
  return finalize(h);
}

/** Hash of a whole string in a namespace (structure feature names, tests). */
export function hashString(namespace: number, text: string): number {
  let h = namespace;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return finalize(h);
}
