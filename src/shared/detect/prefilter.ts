/**
 * Word-key prefilter: one linear pass (word-heads.ts `indexWords`) records where the
 * anchor words of the signatures occur in a view, and a signature's regex runs only
 * around its own anchors. A key packs the first six letters of a word in base 27
 * (a=1 … z=26), so it is exact for words of up to six letters and a prefix for longer
 * ones; the packing has no collisions.
 */
const KEY_LETTERS = 6;

/** The key of a lowercase a-z word (or of its first six letters). */
export function anchorKey(word: string): number {
  let key = 0;
  const n = Math.min(word.length, KEY_LETTERS);
  for (let i = 0; i < n; i++) key = key * 27 + (word.charCodeAt(i) - 0x60);
  return key;
}

/** Bits of the filter in front of the key set: a word whose bit is clear is no anchor. */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * The anchor keys of a signature set. Most words of a text are no anchor, and a typed
 * array read says so for nearly all of them; only the rest are looked up in the set.
 */
export class AnchorSet {
  private readonly keys: ReadonlySet<number>;
  private readonly filter = new Uint8Array(1 << FILTER_BITS);

  constructor(keys: Iterable<number>) {
    this.keys = new Set(keys);
    for (const key of this.keys) this.filter[filterSlot(key)] = 1;
  }

  has(key: number): boolean {
    return this.filter[filterSlot(key)] === 1 && this.keys.has(key);
  }
}

/** Keys of six letters reach 27^6 (29 bits): folding the high bits in spreads them over the slots. */
function filterSlot(key: number): number {
  return (key ^ (key >>> FILTER_BITS)) & FILTER_MASK;
}
