/**
 * One pass over the words (a-z runs) of a folded view serves two needs: where the
 * anchor words of the signatures are (prefilter.ts), and where words begin with the
 * letters a signature's matches start with ("\b(?:ignore|disregard|…)", match-starts.ts).
 * A word's first one to six letters are packed as `anchorKey` packs them; packings of
 * different lengths never collide, so one set holds the prefixes of every length.
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

/** Word prefixes to look for, each by a dense id. */
export class HeadWords {
  private readonly filter: AnchorSet;
  private readonly idOf: ReadonlyMap<number, number>;

  constructor(keys: Iterable<number>) {
    const distinct = [...new Set(keys)];
    this.filter = new AnchorSet(distinct);
    this.idOf = new Map(distinct.map((key, id) => [key, id]));
  }

  get size(): number {
    return this.idOf.size;
  }

  /** The dense id of a key (-1: not one of them). */
  idOfKey(key: number): number {
    return this.filter.has(key) ? (this.idOf.get(key) ?? -1) : -1;
  }
}

/** Where a view's words are. */
export interface WordIndex {
  /** Start offsets of the words whose key (their first six letters) is an anchor key, by key. */
  anchors: Map<number, number[]>;
  /**
   * Per head id, the ascending offsets where `\b` holds and a word begins with that
   * head's letters; null when heads were not looked for.
   */
  heads: number[][] | null;
}

/** Indexes the words of `text`: their anchors, and their heads when `heads` is given. */
export function indexWords(text: string, anchorKeys: AnchorSet, heads: HeadWords | null): WordIndex {
  const anchors = new Map<number, number[]>();
  const found: number[][] | null = heads === null ? null : Array.from({ length: heads.size }, () => []);
  const n = text.length;
  // Word by word: an inner loop reads each a-z run whole.
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (!isLowerLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    const headsHere = heads !== null && found !== null && (start === 0 || !isWordUnit(text.charCodeAt(start - 1)));
    let key = 0;
    do {
      if (i - start < PREFIX_LETTERS) {
        key = key * 27 + (c - 0x60);
        if (headsHere) {
          const id = heads.idOfKey(key);
          if (id >= 0) (found[id] as number[]).push(start);
        }
      }
      i++;
      c = i < n ? text.charCodeAt(i) : 0;
    } while (isLowerLetter(c));
    if (anchorKeys.has(key)) {
      const list = anchors.get(key);
      if (list === undefined) anchors.set(key, [start]);
      else list.push(start);
    }
  }
  return { anchors, heads: found };
}
