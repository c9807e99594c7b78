/**
 * Words split by spaces at random ("ig nore all prev ious instruc tions"): a model reads
 * them whole, while every word-level pattern sees fragments. Spaced-out single letters
 * have their own view (`despaced`) and hyphen cuts theirs (`dehyphenated`); here the cuts
 * are spaces inside words, anywhere. The words the signatures cannot match without (the
 * ~3,200 words of five letters or more in their literal requirements, rejoin-words.json)
 * are put back together: a text in which two or more of them appear split into two or
 * three fragments gets a view with those spaces, and only those, dropped. Ordinary text
 * splits none of them twice ("pass word" alone is one): one of dev's 11,307 benign texts
 * gets the view. In it, nothing but the rejoined words changes.
 */
import { withoutSeparatorsBetweenLetters } from "./letter-separators";
import { isLowerAsciiLetter } from "./unicode/char-classes";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";
import REJOIN_WORDS from "./signatures/rejoin-words.json";
import { HeadWords } from "./word-heads";

/** Distinct split words a text needs before it is read rejoined. */
const MIN_SPLIT_WORDS = 2;
/** A word split into more fragments than this is left to the other views. */
const MAX_FRAGMENTS = 3;

/** The words as a trie over a-z (word-heads.ts): next[state * 26 + letter], and the word id ending in each state (-1: none). */
const TRIE = new HeadWords(REJOIN_WORDS);

/**
 * The offsets of the spaces that split words in `folded` (a folded view), when at
 * least MIN_SPLIT_WORDS different words are split; null otherwise. One walk of the trie
 * from each word start, through at most three fragments one space apart: a word leaves the
 * trie after a letter or two, so the pass reads each unit a bounded number of times.
 */
export function splitWordSpaces(folded: string, meter: WorkMeter): Set<number> | null {
  meter.add(folded.length);
  const { next, ends } = TRIE;
  const n = folded.length;
  let spaces: Set<number> | null = null;
  let found: Set<number> | null = null;
  let i = 0;
  while (i < n) {
    if (!isLowerAsciiLetter(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    // A word starts at i (the loop skips whole words): walk the trie from it.
    let state = 0;
    let at = i;
    let fragments = 1;
    // The spaces crossed so far (MAX_FRAGMENTS - 1 at most): no array per word start.
    let firstCut = -1;
    let secondCut = -1;
    for (;;) {
      let code = folded.charCodeAt(at);
      while (state >= 0 && at < n && isLowerAsciiLetter(code)) {
        state = next[state * 26 + code - 0x61] as number;
        code = folded.charCodeAt(++at);
      }
      if (state < 0) break;
      const target = ends[state] as number;
      if (target >= 0 && fragments > 1) {
        found ??= new Set<number>();
        found.add(target);
        spaces ??= new Set<number>();
        spaces.add(firstCut);
        if (secondCut >= 0) spaces.add(secondCut);
        break;
      }
      if (fragments === MAX_FRAGMENTS || code !== 0x20 || at + 1 >= n || !isLowerAsciiLetter(folded.charCodeAt(at + 1))) break;
      if (fragments === 1) firstCut = at;
      else secondCut = at;
      at++;
      fragments++;
    }
    while (i < n && isLowerAsciiLetter(folded.charCodeAt(i))) i++;
  }
  return found !== null && found.size >= MIN_SPLIT_WORDS ? spaces : null;
}

/** `source` with the spaces at `spaces` dropped: the split words whole again, offsets mapped back. */
export function rejoinedView(source: TextView, spaces: ReadonlySet<number>, name: string, confidence: number, meter: WorkMeter): TextView | null {
  return withoutSeparatorsBetweenLetters(source, name, confidence, meter, (unit) => unit === 0x20, (i) => spaces.has(i));
}
