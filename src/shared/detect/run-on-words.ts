/**
 * Words run together with no spaces ("disregardyourearlierguidance"): a model reads them
 * apart, every word-level pattern sees one long token. A text with a run of 20 or more
 * letters gets a `spaced` view in which such runs are cut into words where the words the
 * signatures need and common short words (the two lists of split-words.ts) account for
 * them: the fewest words, each letter left over costing as much as three words. A run
 * is cut only when two signature words (five letters or more) come out of it, so a long
 * compound or a name stays whole.
 */
import { forEachLongRun, nextUnitMatching } from "./long-runs";
import { isSignatureWord, listedWordEnds } from "./split-words";
import { isLowerAsciiLetter } from "./unicode/char-classes";
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "./view-builder";
import type { WorkMeter } from "./work-meter";

const MIN_RUN = 20;
const NOT_LETTER = /[^a-z]/g;
/** Longest run cut into words; longer ones are ids, hashes or noise. */
const MAX_RUN = 256;
/** Cost of a letter no listed word accounts for, against 1 per word. */
const STRAY_LETTER = 3;
const MIN_SIGNATURE_WORDS = 2;
const MAX_RUNS = 16;
/** Letters read from each position of a run: the longest listed word is shorter. */
const LONGEST_WORD_READ = 32;
/**
 * Short words the lists lack that run-on attacks are full of ("ignoreyourrules"); the
 * rejoin lists leave them out because prose writes them apart ("your", "text").
 */
const MORE_SHORT_WORDS = new Set("your yours text tell show give rule role act now only must they them said".split(" "));
const LONGEST_SHORT_WORD = Math.max(...[...MORE_SHORT_WORDS].map((w) => w.length));

/** The ends of the words that start at `start`: listed ones, and the short words above. */
function wordEnds(text: string, start: number, limit: number): number[] {
  const ends = listedWordEnds(text, start, limit);
  for (let end = start + 2; end <= Math.min(limit, start + LONGEST_SHORT_WORD); end++) {
    if (MORE_SHORT_WORDS.has(text.slice(start, end))) ends.push(end);
  }
  return ends;
}

/**
 * The runs of MIN_RUN or more letters in `folded` (at most MAX_RUNS, none longer than
 * MAX_RUN), found by probing every MIN_RUN-th position: a regex search tries every
 * letter as a start and cost 5% of a benign 4 KB prompt's time.
 */
export function longLetterRuns(folded: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const letters = { inRun: (at: number) => isLowerAsciiLetter(folded.charCodeAt(at)), runEnd: (from: number) => nextUnitMatching(NOT_LETTER, folded, from) };
  forEachLongRun(folded.length, MIN_RUN, letters, (start, end) => {
    if (end - start <= MAX_RUN) runs.push([start, end]);
    return runs.length >= MAX_RUNS;
  });
  return runs;
}

/**
 * Where to cut `text[start, end)` into words (offsets of the letters a space goes before),
 * or null when the cut does not yield MIN_SIGNATURE_WORDS signature words.
 */
function cutsOf(text: string, start: number, end: number): number[] | null {
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
  let afterWord = false;
  for (let k = n; k > 0; ) {
    const previous = from[k] as number;
    const word = previous >= 0;
    if (k < n && (word || afterWord)) cuts.push(start + k);
    if (word && isSignatureWord(text, start + previous, start + k)) signatureWords++;
    afterWord = word;
    k = word ? previous : -previous - 1;
  }
  return signatureWords >= MIN_SIGNATURE_WORDS ? cuts.reverse() : null;
}

/** `source` with its long letter `runs` (from longLetterRuns) cut into words; null when no run is. */
export function spacedView(source: TextView, runs: ReadonlyArray<[number, number]>, name: string, confidence: number, meter: WorkMeter): TextView | null {
  const text = source.text;
  const cuts: number[] = [];
  for (const [start, end] of runs) {
    meter.add((end - start) * LONGEST_WORD_READ);
    cuts.push(...(cutsOf(text, start, end) ?? []));
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

