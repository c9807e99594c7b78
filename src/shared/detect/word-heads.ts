/**
 * One pass over the words (a-z runs) of a folded view serves two needs: where the
 * anchor words of the signatures are (prefilter.ts), and where words begin with the
 * letters a signature's matches start with ("\b(?:ignore|disregard|…)", match-starts.ts).
 */
import { OccurrenceList, type Occurrences } from "./occurrences";
import type { AnchorSet } from "./prefilter";
import { isAsciiWordUnit } from "./unicode/char-classes";

/** Prefixes longer than this are looked for by their first letters only. */
const PREFIX_LETTERS = 6;

/**
 * The a-z letters `head` starts with (its first six at most), or null when it starts
 * with none: a word that begins with `head` begins with those letters.
 */
export function leadingLetters(head: string): string | null {
  let letters = 0;
  while (letters < Math.min(head.length, PREFIX_LETTERS) && isLowerLetter(head.charCodeAt(letters))) letters++;
  return letters === 0 ? null : head.slice(0, letters);
}

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Word prefixes (of up to six a-z letters) to look for, each by a dense id, as a trie:
 * a word's letters walk it from the root, one table read each, and most words leave it
 * after a letter or two.
 */
export class HeadWords {
  private readonly idOf: ReadonlyMap<string, number>;
  /** next[state * 26 + letter]: the state after one more letter, or -1. */
  readonly next: Int32Array;
  /** The id of the prefix that ends in each state, or -1. */
  readonly ends: Int32Array;

  constructor(prefixes: Iterable<string>) {
    const distinct = [...new Set(prefixes)];
    this.idOf = new Map(distinct.map((prefix, id) => [prefix, id]));
    const states = 1 + distinct.reduce((sum, prefix) => sum + prefix.length, 0);
    const next = new Int32Array(states * 26).fill(-1);
    const ends = new Int32Array(states).fill(-1);
    let used = 1;
    distinct.forEach((prefix, id) => {
      let state = 0;
      for (let k = 0; k < prefix.length; k++) {
        const slot = state * 26 + prefix.charCodeAt(k) - 0x61;
        if ((next[slot] as number) < 0) next[slot] = used++;
        state = next[slot] as number;
      }
      ends[state] = id;
    });
    this.next = next;
    this.ends = ends;
  }

  get size(): number {
    return this.idOf.size;
  }

  /** The dense id of a prefix (-1: not one of them). */
  idOfPrefix(prefix: string): number {
    return this.idOf.get(prefix) ?? -1;
  }
}

/** A trie with no edges: the root's row of -1s. */
const NO_HEADS = new Int32Array(26).fill(-1);

/** Where a view's words are. */
export interface WordIndex {
  /** Start offsets of the words whose key (their first six letters) is an anchor key, by key. */
  anchors: Map<number, number[]>;
  /**
   * By head id, the offsets where `\b` holds and a word begins with that head's
   * letters; null when heads were not looked for.
   */
  heads: Occurrences | null;
}

/** The heads a word pass looks for, which of them (by id) it records, and how many starts of each at most. */
export interface WantedHeads {
  heads: HeadWords;
  wanted: Uint8Array;
  cap: number;
}

/** Indexes the words of `text`: their anchors, and their heads when `wanted` is given. */
export function indexWords(text: string, anchorKeys: AnchorSet, wanted: WantedHeads | null): WordIndex {
  const anchors = new Map<number, number[]>();
  const found = new OccurrenceList(wanted?.heads.size ?? 0, wanted?.cap ?? 0);
  // Without heads to look for, an empty trie: every word leaves it at once.
  const next = wanted?.heads.next ?? NO_HEADS;
  const ends = wanted?.heads.ends ?? NO_HEADS;
  const recorded = wanted?.wanted ?? new Uint8Array(0);
  const n = text.length;
  // Word by word: an inner loop reads the letters that make the key (and walk the heads'
  // trie), another skips the rest of the word.
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (!isLowerLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    const keyEnd = start + PREFIX_LETTERS;
    // The heads' trie state (-1: left it, or not looked for here: `\b` fails).
    let state = start === 0 || !isAsciiWordUnit(text.charCodeAt(start - 1)) ? 0 : -1;
    let key = 0;
    do {
      key = key * 27 + (c - 0x60);
      if (state >= 0) {
        // In range: `state` is a state of the trie and `c` a-z.
        state = next[state * 26 + c - 0x61] as number;
        const id = state >= 0 ? (ends[state] as number) : -1;
        if (id >= 0 && recorded[id] === 1) found.add(id, start);
      }
      i++;
      c = i < n ? text.charCodeAt(i) : 0;
    } while (i < keyEnd && isLowerLetter(c));
    while (isLowerLetter(c)) {
      i++;
      c = i < n ? text.charCodeAt(i) : 0;
    }
    if (anchorKeys.has(key)) {
      const list = anchors.get(key);
      if (list === undefined) anchors.set(key, [start]);
      else list.push(start);
    }
  }
  return { anchors, heads: wanted === null ? null : found.grouped() };
}
