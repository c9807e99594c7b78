/**
 * Where a signature's matches can start. Every match of a regex starts with one of its
 * heads (required-literals.ts `matchHeads`), so a pass over a view finds every offset
 * where a match can start, and the regex then runs sticky at those offsets only, in
 * order, instead of trying every offset of the view.
 *
 * Why that finds the same matches: a global regex's `exec` tries each offset from
 * `lastIndex` on and returns the first match; an offset where no match can start is
 * never that match's start, so skipping it changes nothing. A match is never empty (a
 * head is not), so after one the search goes on from its end, as `exec` does.
 *
 * Two passes find heads. Most signatures start at a word boundary with a word (`\b`
 * then a-z letters): the pass over the view's words that also finds its anchors finds
 * those (word-heads.ts). The heads of the others go into a literal automaton, which
 * reports, of a signature that starts at a word boundary, only the occurrences where
 * `\b` holds.
 */
import type { CompiledSignature } from "./compiled-signature";
import { cachedAutomaton, type LiteralAutomaton, WANTED } from "./literal-automaton";
import type { Occurrences } from "./occurrences";
import { type HeadEntries, type MatchHeads, matchHeads, requirementKey } from "./required-literals";
import BUILTIN_HEADS from "./signatures/match-heads.json";
import type { AnchorSet } from "./prefilter";
import { HeadWords, indexWords, leadingLetters, type WantedHeads, type WordIndex } from "./word-heads";
import type { WorkMeter } from "./work-meter";

/**
 * A sticky attempt costs about as much as a plain search reading this many characters:
 * with more candidate starts than one per this many characters, the plain search wins.
 */
const CHARACTERS_PER_ATTEMPT = 24;
/** Below this many characters, a view's regexes cost less than a head pass would. */
const HEAD_PASS_MIN_LENGTH = 1024;

// Built-ins come precomputed (builtin-requirements.ts, `npm run generate:literals`), as
// their literal requirements do; others are derived once per isolate, the cap bounding
// memory when tenants' custom signatures keep changing.
const HEAD_CACHE = new Map<string, MatchHeads | null>(BUILTIN_HEADS as HeadEntries);
const HEAD_CACHE_LIMIT = 4096;

function cachedHeads(regex: RegExp): MatchHeads | null {
  const key = requirementKey(regex);
  const cached = HEAD_CACHE.get(key);
  if (cached !== undefined) return cached;
  const heads = matchHeads(regex);
  if (HEAD_CACHE.size >= HEAD_CACHE_LIMIT) HEAD_CACHE.clear();
  HEAD_CACHE.set(key, heads);
  return heads;
}

/** How a signature's starts are found: by its words' head ids, or by its heads' literal ids; and its regex made sticky. */
type HeadedSignature = { words: Int32Array; sticky: RegExp } | { literals: Int32Array; sticky: RegExp };

/** The offsets of a view where one signature's matches can start, and that signature's regex made sticky. */
export interface SignatureStarts {
  /** Distinct, ascending. */
  offsets: Int32Array;
  sticky: RegExp;
}

/** The a-z letters each head starts with (six at most), or null when one starts with none. */
function wordPrefixes(heads: readonly string[]): string[] | null {
  const prefixes = new Set<string>();
  for (const head of heads) {
    const prefix = leadingLetters(head);
    if (prefix === null) return null;
    prefixes.add(prefix);
  }
  return [...prefixes];
}

/** The heads of a set of signatures, and what finds them. */
export class MatchStarts {
  private readonly headed = new Map<CompiledSignature, HeadedSignature>();
  readonly words: HeadWords;
  private readonly automaton: LiteralAutomaton;
  /**
   * Per automaton literal, which of its occurrences can start a match (a `WANTED` value):
   * only those where `\b` holds when every signature with that head starts at a word boundary.
   */
  private readonly wanted: Uint8Array;

  constructor(signatures: readonly CompiledSignature[]) {
    const byLiterals = new Map<CompiledSignature, MatchHeads>();
    const byWords = new Map<CompiledSignature, string[]>();
    for (const signature of signatures) {
      const heads = signature.regex === null ? null : cachedHeads(signature.regex);
      if (heads === null) continue;
      const words = heads.atWordBoundary ? wordPrefixes(heads.heads) : null;
      if (words === null) byLiterals.set(signature, heads);
      else byWords.set(signature, words);
    }
    this.words = new HeadWords([...byWords.values()].flat());
    for (const [signature, prefixes] of byWords) {
      this.headed.set(signature, { words: Int32Array.from(prefixes, (prefix) => this.words.idOfPrefix(prefix)), sticky: stickyOf(signature) });
    }
    const literals = [...new Set([...byLiterals.values()].flatMap((h) => h.heads))].sort();
    const idOf = new Map(literals.map((literal, id) => [literal, id]));
    this.automaton = cachedAutomaton(literals);
    this.wanted = new Uint8Array(literals.length).fill(WANTED.atWordBoundary);
    for (const [signature, { heads, atWordBoundary }] of byLiterals) {
      const ids = Int32Array.from(heads, (head) => idOf.get(head) ?? -1);
      if (!atWordBoundary) for (const id of ids) this.wanted[id] = WANTED.everywhere;
      this.headed.set(signature, { literals: ids, sticky: stickyOf(signature) });
    }
  }

  /** Whether the signature's starts can be found. */
  has(signature: CompiledSignature): boolean {
    return this.headed.has(signature);
  }

  /** The word heads of `signatures` (the ones about to run), for a word pass. */
  wantedWords(signatures: readonly CompiledSignature[]): WantedHeads {
    const wanted = new Uint8Array(this.words.size);
    for (const signature of signatures) {
      const headed = this.headed.get(signature);
      if (headed !== undefined && "words" in headed) for (const id of headed.words) wanted[id] = 1;
    }
    return { heads: this.words, wanted };
  }

  /** One pass over a view: where the literal heads of `signatures` (the ones about to run) occur. */
  occurrences(text: string, signatures: readonly CompiledSignature[]): Occurrences {
    const wanted = new Uint8Array(this.automaton.size);
    for (const signature of signatures) {
      const headed = this.headed.get(signature);
      if (headed !== undefined && "literals" in headed) for (const id of headed.literals) wanted[id] = this.wanted[id] as number;
    }
    return this.automaton.occurrences(text, wanted);
  }

  /** Whether the signature's starts come from `wordPositions` (else from `occurrences`). */
  byWords(signature: CompiledSignature): boolean {
    const headed = this.headed.get(signature);
    return headed !== undefined && "words" in headed;
  }

  /**
   * Where a match of `signature` can start, from the view's word heads (`WordIndex.heads`)
   * or literal occurrences, whichever `byWords` says; null when it has no heads, or more
   * than `limit` starts (too many to be worth gathering).
   */
  startsOf(signature: CompiledSignature, found: Occurrences, limit: number): SignatureStarts | null {
    const headed = this.headed.get(signature);
    if (headed === undefined) return null;
    const offsets = startsAmong("words" in headed ? headed.words : headed.literals, found, limit);
    return offsets === null ? null : { offsets, sticky: headed.sticky };
  }
}

/** The signature's regex, trying only at `lastIndex`. */
function stickyOf(signature: CompiledSignature): RegExp {
  const regex = signature.regex as RegExp;
  return new RegExp(regex.source, `${regex.flags.replace("g", "")}y`);
}

/** The distinct offsets where the heads `ids` occur, ascending; null when more than `limit` occurrences. */
function startsAmong(ids: Int32Array, occurrences: Occurrences, limit: number): Int32Array | null {
  const { first, starts } = occurrences;
  let total = 0;
  for (const id of ids) total += (first[id + 1] as number) - (first[id] as number);
  if (total > limit) return null;
  const all = new Int32Array(total);
  let at = 0;
  for (const id of ids) {
    const end = first[id + 1] as number;
    for (let k = first[id] as number; k < end; k++) all[at++] = starts[k] as number;
  }
  return distinctAscending(all);
}

/** `offsets` sorted, without repeats (in place). */
function distinctAscending(offsets: Int32Array): Int32Array {
  offsets.sort();
  let distinct = 0;
  for (let k = 0; k < offsets.length; k++) if (k === 0 || offsets[k] !== offsets[k - 1]) offsets[distinct++] = offsets[k] as number;
  return offsets.subarray(0, distinct);
}

/** Offsets of `starts` in [from, to), as a range of indices into it. */
export function startsWithin(starts: Int32Array, from: number, to: number): [number, number] {
  return [lowerBound(starts, from), lowerBound(starts, to)];
}

/** Whether trying `count` starts beats a plain search over `length` characters. */
export function worthTrying(count: number, length: number): boolean {
  return count < mostStartsWorthTrying(length);
}

/** The number of starts from which a plain search over `length` characters is cheaper. */
export function mostStartsWorthTrying(length: number): number {
  return Math.ceil(length / CHARACTERS_PER_ATTEMPT);
}

function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The anchors and match starts of one folded view, found by passes that run on first
 * need: the word pass (anchors, and word heads in a view long enough for them to pay),
 * and the literal head pass, which looks only for the heads of `signatures` (the ones
 * whose gates let them run on the view).
 */
export class ViewStarts {
  private words: WordIndex | null = null;
  private occurrences: Occurrences | null = null;

  constructor(
    private readonly starts: MatchStarts,
    private readonly anchorKeys: AnchorSet,
    private readonly text: string,
    private readonly signatures: readonly CompiledSignature[],
    private readonly meter: WorkMeter,
  ) {}

  /** Start offsets of the view's anchor words, by anchor key. */
  anchors(): Map<number, number[]> {
    return this.wordIndex().anchors;
  }

  private wordIndex(): WordIndex {
    if (this.words === null) {
      this.meter.add(this.text.length);
      const heads = this.text.length >= HEAD_PASS_MIN_LENGTH ? this.starts.wantedWords(this.signatures) : null;
      this.words = indexWords(this.text, this.anchorKeys, heads);
    }
    return this.words;
  }

  /** Where a match of `signature` can start in the view; null when anywhere, or at more than `limit` offsets. */
  of(signature: CompiledSignature, limit: number): SignatureStarts | null {
    if (this.text.length < HEAD_PASS_MIN_LENGTH || !this.starts.has(signature)) return null;
    if (this.starts.byWords(signature)) {
      const heads = this.wordIndex().heads;
      return heads === null ? null : this.starts.startsOf(signature, heads, limit);
    }
    if (this.occurrences === null) {
      this.meter.add(this.text.length);
      this.occurrences = this.starts.occurrences(this.text, this.signatures);
    }
    return this.starts.startsOf(signature, this.occurrences, limit);
  }
}
