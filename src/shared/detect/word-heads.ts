/**
 * Finds where words begin with given letters, in one pass over the a-z runs of a
 * folded view: the cheap way to find the starts of the many signatures whose matches
 * begin a word ("\b(?:ignore|disregard|…)"). A word's first one to six letters are packed
 * as `anchorKey` packs them (prefilter.ts); packings of different lengths never collide,
 * so one set holds the prefixes of every length.
 */
import { AnchorSet, anchorKey } from "./prefilter";

/** Prefixes longer than this are looked for by their first letters only. */
const PREFIX_LETTERS = 6;

/**
 * The key of the a-z letters `head` starts with (its first six at most), or null when
 * it starts with none: a word that begins with `head` begins with those letters.
 */
export function leadingLettersKey(head: string): number | null {
  let letters = 0;
  while (letters < Math.min(head.length, PREFIX_LETTERS) && isLowerLetter(head.charCodeAt(letters))) letters++;
  return letters === 0 ? null : anchorKey(head.slice(0, letters));
}

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** `\w` without the `i` flag: what `\b` looks at. */
function isWordUnit(code: number): boolean {
  return isLowerLetter(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

export class WordHeads {
  private readonly keys: AnchorSet;

  constructor(keys: Iterable<number>) {
    this.keys = new AnchorSet(keys);
  }

  /**
   * For each wanted key, the ascending offsets of `text` where `\b` holds and a run of
   * a-z letters starts whose first letters have that key.
   */
  positions(text: string): Map<number, number[]> {
    const positions = new Map<number, number[]>();
    const n = text.length;
    for (let i = 0; i < n; ) {
      let c = text.charCodeAt(i);
      if (!isLowerLetter(c)) {
        i++;
        continue;
      }
      const start = i;
      const atBoundary = start === 0 || !isWordUnit(text.charCodeAt(start - 1));
      let key = 0;
      do {
        if (atBoundary && i - start < PREFIX_LETTERS) {
          key = key * 27 + (c - 0x60);
          if (this.keys.has(key)) {
            const list = positions.get(key);
            if (list === undefined) positions.set(key, [start]);
            else list.push(start);
          }
        }
        i++;
        c = i < n ? text.charCodeAt(i) : 0;
      } while (isLowerLetter(c));
    }
    return positions;
  }
}
