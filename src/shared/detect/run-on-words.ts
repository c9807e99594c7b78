/**
 * Words run together with no spaces ("disregardyourearlierguidance"): a model reads them
 * apart, every word-level pattern sees one long token. A text with a run of 20 or more
 * letters gets a `spaced` view in which such runs are cut into words where the words the
 * signatures need and common short words (the two lists of split-words.ts) account for
 * them: the fewest words, each letter left over costing as much as three words. A run
 * is cut only when two signature words (five letters or more) come out of it, so a long
 * compound or a name stays whole. A text written without spaces throughout (fewer than
 * one per 40 characters) is cut whole instead: every run of six letters or more, of any
 * length, wherever listed words account for two thirds of its letters, when two
 * signature words come out of the text as a whole.
 */
import { isSignatureWord, listedWordEnds } from "./split-words";
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/**
 * Letters a run needs before the text is cut into words. The runs come from the pass of
 * splitWordSpaces over the same view, which meets every letter run anyway: a search of
 * its own cost 5% of a benign 4 KB prompt's time as a regex, and about as much probing.
 */
export const MIN_RUN = 20;
/** Longest run cut into words; longer ones are ids, hashes or noise. */
const MAX_RUN = 256;
/** Cost of a letter no listed word accounts for, against 1 per word. */
const STRAY_LETTER = 3;
const MIN_SIGNATURE_WORDS = 2;
const MAX_RUNS = 16;
/** A text with fewer whitespace characters than one per this many is written without spaces. */
const SPACELESS = 40;
const WHITESPACE = /\s/g;
/** In a text without spaces, the runs cut: six letters or more (shorter ones are words already or noise). */
const SPACELESS_RUN = /[a-z]{6,}/g;
/** Letters cut into words per text at most, so a huge text without spaces costs a bounded amount. */
const MAX_LETTERS_CUT = 16 * 1024;
/** Letters cut before a text whose letters mostly fit no word is given up on. */
const GIVE_UP_AFTER = 256;
/** Letters read from each position of a run: the longest listed word is shorter. */
const LONGEST_WORD_READ = 32;
/**
 * Short words the lists lack that run-on attacks are full of ("ignoreyourrules"); the
 * rejoin lists leave them out because prose writes them apart ("your", "text").
 */
const MORE_SHORT_WORDS = new Set(
  "your yours text tell show give rule role act now only must they them said free say like have will mode want need keep stay fake real make just".split(" "),
);
const LONGEST_SHORT_WORD = Math.max(...[...MORE_SHORT_WORDS].map((w) => w.length));

/** The ends of the words that start at `start`: listed ones, and the short words above. */
function wordEnds(text: string, start: number, limit: number): number[] {
  const ends = listedWordEnds(text, start, limit);
  for (let end = start + 2; end <= Math.min(limit, start + LONGEST_SHORT_WORD); end++) {
    if (MORE_SHORT_WORDS.has(text.slice(start, end))) ends.push(end);
  }
  return ends;
}

/** How `text[start, end)` is cut into words: where (offsets of the letters a space goes before), and what came out. */
interface RunCut {
  cuts: number[];
  signatureWords: number;
  strayLetters: number;
}

function cutRun(text: string, start: number, end: number): RunCut {
  const n = end - start;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = cost[i] as number;
    if (here === Infinity) continue;
    if (here + STRAY_LETTER < (cost[i + 1] as number)) {
      cost[i + 1] = here + STRAY_LETTER;
      from[i + 1] = -(i + 1);
    }
    for (const wordEnd of wordEnds(text, start + i, end)) {
      const k = wordEnd - start;
      if (here + 1 < (cost[k] as number)) {
        cost[k] = here + 1;
        from[k] = i;
      }
    }
  }
  // Walk back: from[k] >= 0 is a word text[start + from[k], start + k); negative a stray
  // letter. Words are cut apart from each other and from a stretch of stray letters.
  const cuts: number[] = [];
  let signatureWords = 0;
  let strayLetters = 0;
  let afterWord = false;
  for (let k = n; k > 0; ) {
    const previous = from[k] as number;
    const word = previous >= 0;
    if (k < n && (word || afterWord)) cuts.push(start + k);
    if (word && isSignatureWord(text, start + previous, start + k)) signatureWords++;
    if (!word) strayLetters++;
    afterWord = word;
    k = word ? previous : -previous - 1;
  }
  return { cuts: cuts.reverse(), signatureWords, strayLetters };
}

function isSpaceless(text: string): boolean {
  WHITESPACE.lastIndex = 0;
  let spaces = 0;
  while (WHITESPACE.exec(text) !== null) if (++spaces * SPACELESS >= text.length) return false;
  return true;
}

/**
 * The cuts of every run of a text written without spaces, within MAX_LETTERS_CUT letters;
 * none unless MIN_SIGNATURE_WORDS signature words come out of the text as a whole.
 */
function spacelessCuts(text: string, meter: WorkMeter): number[] {
  const cuts: number[] = [];
  let letters = 0;
  let strays = 0;
  let signatureWords = 0;
  SPACELESS_RUN.lastIndex = 0;
  for (let m = SPACELESS_RUN.exec(text); m !== null && letters < MAX_LETTERS_CUT; m = SPACELESS_RUN.exec(text)) {
    // Cut in pieces of MAX_RUN letters, so a blob is given up on after its first few hundred.
    const runEnd = Math.min(m.index + m[0].length, m.index + MAX_LETTERS_CUT - letters);
    for (let start = m.index; start < runEnd; start += MAX_RUN) {
      const end = Math.min(runEnd, start + MAX_RUN);
      letters += end - start;
      meter.add((end - start) * LONGEST_WORD_READ);
      const cut = cutRun(text, start, end);
      strays += cut.strayLetters;
      // Letters no word accounts for, half of the first few hundred: a blob (base64, an id), not words.
      if (letters >= GIVE_UP_AFTER && strays * 2 > letters) return [];
      if (cut.strayLetters * 3 > end - start) continue;
      // A piece after the first starts a new word where the cut between pieces fell.
      if (start > m.index) cuts.push(start);
      cuts.push(...cut.cuts);
      signatureWords += cut.signatureWords;
    }
  }
  return signatureWords >= MIN_SIGNATURE_WORDS ? cuts : [];
}

/**
 * Whether a run has vowels as words do: about 38% of English letters are a, e, i, o or u,
 * and of random letters (the letters of a base64 payload) 19%. A quarter tells them apart
 * before the costlier cut: the bench's attack prompt spent 50 µs cutting its base64.
 */
function hasVowelsOfWords(text: string, start: number, end: number): boolean {
  let vowels = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x61 || unit === 0x65 || unit === 0x69 || unit === 0x6f || unit === 0x75) vowels++;
  }
  return vowels * 4 >= end - start;
}

/** `source` with its letter `runs` of MIN_RUN or more cut into words; null when no run is. */
export function spacedView(source: TextView, runs: ReadonlyArray<[number, number]>, name: string, confidence: number, meter: WorkMeter): TextView | null {
  const text = source.text;
  const cuts: number[] = [];
  if (isSpaceless(text)) cuts.push(...spacelessCuts(text, meter));
  else {
    for (const [start, end] of runs.filter(([start, end]) => end - start <= MAX_RUN && hasVowelsOfWords(text, start, end)).slice(0, MAX_RUNS)) {
      meter.add((end - start) * LONGEST_WORD_READ);
      const cut = cutRun(text, start, end);
      if (cut.signatureWords >= MIN_SIGNATURE_WORDS) cuts.push(...cut.cuts);
    }
  }
  if (cuts.length === 0) return null;
  meter.add(text.length);
  const writer = new ViewWriter(text.length + cuts.length);
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    // The space stands for nothing in the raw text: it maps to the letter after it.
    if (i === cuts[next]) {
      writer.push(" ", rawStartOf(source, i), rawEndOf(source, i));
      next++;
    }
    writer.pushUnit(text.charCodeAt(i), rawStartOf(source, i), rawEndOf(source, i));
  }
  return writer.finish(name, source.kind, confidence, source.depth);
}

