/**
 * Word-key prefilter: one linear pass collects a key for every a-z word of a view, and a
 * signature's regex runs only when one of its anchor words is present. A key packs the
 * first six letters of a word in base 27 (a=1 … z=26), so it is exact for words of up to
 * six letters and a prefix for longer ones; the packing has no collisions.
 */
const KEY_LETTERS = 6;

/** The key of a lowercase a-z word (or of its first six letters). */
export function anchorKey(word: string): number {
  let key = 0;
  const n = Math.min(word.length, KEY_LETTERS);
  for (let i = 0; i < n; i++) key = key * 27 + (word.charCodeAt(i) - 0x60);
  return key;
}

/** Keys of every run of a-z letters in `text`. */
export function wordKeys(text: string): Set<number> {
  const keys = new Set<number>();
  let key = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x61 && c <= 0x7a) {
      if (length < KEY_LETTERS) key = key * 27 + (c - 0x60);
      length++;
    } else if (length > 0) {
      keys.add(key);
      key = 0;
      length = 0;
    }
  }
  return keys;
}
