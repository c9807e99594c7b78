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
 * Two passes find heads. Most heads begin a word at a word boundary (`\b` then a-z
 * letters): the pass over the view's words that also finds its anchors finds those
 * (word-heads.ts). The others ("[", "<|im_start|>", a word that may start mid-word) go
 * into a literal automaton, which reports of a head found at a word boundary only the
 * occurrences where `\b` holds.
 */
import type { CompiledSignature } from "./compiled-signature";
import { cachedAutomaton, type LiteralAutomaton, WANTED } from "./literal-automaton";
import { searchLiterals } from "./literal-search";
import type { OccurrenceList, Occurrences } from "./occurrences";
import { regexMemo } from "./regex-memo";
import { type HeadEntries, type MatchHeads, matchHeads } from "./required-literals";
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
/**
 * Up to this many distinct literal heads, one native search per literal beats the
 * automaton's pass over every code unit (literal-search.ts).
 */
const MOST_LITERALS_SEARCHED = 8;

// Built-ins come precomputed, as their literal requirements do (regex-memo.ts).
const cachedHeads = regexMemo<MatchHeads | null>(BUILTIN_HEADS as HeadEntries, matchHeads);

/** A signature's heads: as word prefixes (ids of `HeadWords`) and as literals of the automaton, and whether a match may start at the text's start; and its regex made sticky. */
interface HeadedSignature {
  words: Int32Array;
  literals: Int32Array;
  atStart: boolean;
  sticky: RegExp;
}

/** The offsets of a view where one signature's matches can start, and that signature's regex made sticky. */
export interface SignatureStarts {
  /** Distinct, ascending. */
  offsets: Int32Array;
  sticky: RegExp;
}

/** A signature's heads split by how they are found: word prefixes, and literals with the occurrences wanted of each; and whether the text's start is one. */
interface SplitHeads {
  words: string[];
  literals: Map<string, number>;
  atStart: boolean;
}

/**
 * Heads that begin a word at a word boundary are looked for by their first letters
 * (six at most) in the word pass; the others are literals, found everywhere or only
 * where `\b` holds.
 */
function splitHeads({ atWordBoundary, anywhere, atStart }: MatchHeads): SplitHeads {
  const words = new Set<string>();
  const literals = new Map<string, number>();
  for (const head of atWordBoundary) {
    const prefix = leadingLetters(head);
    if (prefix !== null) words.add(prefix);
    else literals.set(head, WANTED.atWordBoundary);
  }
  for (const head of anywhere) literals.set(head, WANTED.everywhere);
  return { words: [...words], literals, atStart: atStart === true };
}

/** The heads of a set of signatures, and what finds them. */
export class MatchStarts {
  private readonly headed = new Map<CompiledSignature, HeadedSignature>();
  readonly words: HeadWords;
  /** The literal heads, by id. */
  private readonly literals: readonly string[];
  private readonly automaton: LiteralAutomaton;
  /**
   * Per automaton literal, which of its occurrences can start a match (a `WANTED` value):
   * only those where `\b` holds when every signature with that head starts there at a
   * word boundary.
   */
  private readonly wanted: Uint8Array;

  constructor(signatures: readonly CompiledSignature[]) {
    const split = new Map<CompiledSignature, SplitHeads>();
    for (const signature of signatures) {
      const heads = signature.regex === null ? null : cachedHeads(signature.regex);
      if (heads !== null) split.set(signature, splitHeads(heads));
    }
    this.words = new HeadWords([...split.values()].flatMap((h) => h.words));
    const literals = [...new Set([...split.values()].flatMap((h) => [...h.literals.keys()]))].sort();
    const idOf = new Map(literals.map((literal, id) => [literal, id]));
    this.literals = literals;
    this.automaton = cachedAutomaton(literals);
    this.wanted = new Uint8Array(literals.length).fill(WANTED.atWordBoundary);
    for (const [signature, heads] of split) {
      for (const [literal, wanted] of heads.literals) if (wanted === WANTED.everywhere) this.wanted[idOf.get(literal) ?? 0] = WANTED.everywhere;
      this.headed.set(signature, {
        words: Int32Array.from(heads.words, (prefix) => this.words.idOfPrefix(prefix)),
        literals: Int32Array.from(heads.literals.keys(), (literal) => idOf.get(literal) ?? -1),
        atStart: heads.atStart,
        sticky: stickyOf(signature),
      });
    }
  }

  /** The signature's heads, or undefined when its matches may start anywhere. */
  headsOf(signature: CompiledSignature): HeadedSignature | undefined {
    return this.headed.get(signature);
  }

  /** The word heads of `signatures` (the ones about to run), for a word pass over `length` characters. */
  wantedWords(signatures: readonly CompiledSignature[], length: number): WantedHeads {
    const wanted = new Uint8Array(this.words.size);
    // Typed arrays are read by index throughout: for-of over one takes the slower iterator path.
    for (const signature of signatures) {
      const words = this.headed.get(signature)?.words;
      if (words === undefined) continue;
      for (let k = 0; k < words.length; k++) wanted[words[k] as number] = 1;
    }
    return { heads: this.words, wanted, cap: mostStartsWorthTrying(length) };
  }

  /**
   * Where the literal heads of `signatures` (the ones about to run) occur in a view: a
   * native search per literal when they are few, else one automaton pass. Once each of
   * those signatures has a crowded head (its regex will run everywhere anyway) the pass
   * stops: what it found is then of use to none. Either way a signature that is not
   * turned down for a crowded head reads the same complete lists.
   */
  occurrences(text: string, signatures: readonly CompiledSignature[]): Occurrences {
    const wanted = new Uint8Array(this.automaton.size);
    const readers: Int32Array[] = [];
    const distinct: number[] = [];
    for (const signature of signatures) {
      const literals = this.headed.get(signature)?.literals;
      if (literals === undefined || literals.length === 0) continue;
      readers.push(literals);
      for (let k = 0; k < literals.length; k++) {
        const id = literals[k] as number;
        if (wanted[id] === WANTED.none) distinct.push(id);
        wanted[id] = this.wanted[id] as number;
      }
    }
    const cap = mostStartsWorthTrying(text.length);
    if (distinct.length <= MOST_LITERALS_SEARCHED) return searchLiterals(text, this.literals, distinct, wanted, cap, this.automaton.size);
    const pointless = (found: OccurrenceList): boolean => readers.every((ids) => ids.some((id) => found.isCrowded(id)));
    return this.automaton.occurrences(text, wanted, cap, pointless);
  }
}

/** The signature's regex, trying only at `lastIndex`. */
function stickyOf(signature: CompiledSignature): RegExp {
  const regex = signature.regex as RegExp;
  return new RegExp(regex.source, `${regex.flags.replace("g", "")}y`);
}

/**
 * The distinct offsets where a signature's heads occur (its word heads among `words`,
 * its literal heads among `literals`), ascending; null when more than `limit` (which
 * a head too common to be listed always is: the cap of a view's passes is the highest
 * limit asked of it).
 */
function startsOf(headed: HeadedSignature, words: Occurrences | null, literals: Occurrences | null, limit: number): Int32Array | null {
  if (crowded(headed.words, words) || crowded(headed.literals, literals)) return null;
  const fromStart = headed.atStart ? 1 : 0;
  const total = countOf(headed.words, words) + countOf(headed.literals, literals) + fromStart;
  if (total > limit) return null;
  const all = new Int32Array(total);
  // Offset 0 for a match that may start at the text's start (the array starts zeroed).
  const at = gather(headed.literals, literals, all, gather(headed.words, words, all, fromStart));
  return distinctAscending(all.subarray(0, at));
}

function crowded(ids: Int32Array, occurrences: Occurrences | null): boolean {
  if (occurrences === null) return false;
  for (let k = 0; k < ids.length; k++) if (occurrences.crowded[ids[k] as number] === 1) return true;
  return false;
}

function countOf(ids: Int32Array, occurrences: Occurrences | null): number {
  if (occurrences === null) return 0;
  let total = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    total += (occurrences.first[id + 1] as number) - (occurrences.first[id] as number);
  }
  return total;
}

/** Copies the starts of `ids` into `into` from `at`; returns where they end. */
function gather(ids: Int32Array, occurrences: Occurrences | null, into: Int32Array, at: number): number {
  if (occurrences === null) return at;
  const { first, starts } = occurrences;
  let next = at;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    const end = first[id + 1] as number;
    for (let k = first[id] as number; k < end; k++) into[next++] = starts[k] as number;
  }
  return next;
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
      const heads = this.text.length >= HEAD_PASS_MIN_LENGTH ? this.starts.wantedWords(this.signatures, this.text.length) : null;
      this.words = indexWords(this.text, this.anchorKeys, heads);
    }
    return this.words;
  }

  /** Where a match of `signature` can start in the view; null when anywhere, or at more than `limit` offsets. */
  of(signature: CompiledSignature, limit: number): SignatureStarts | null {
    const headed = this.starts.headsOf(signature);
    if (this.text.length < HEAD_PASS_MIN_LENGTH || headed === undefined) return null;
    const words = headed.words.length > 0 ? this.wordIndex().heads : null;
    if (headed.literals.length > 0 && this.occurrences === null) {
      this.meter.add(this.text.length);
      this.occurrences = this.starts.occurrences(this.text, this.signatures);
    }
    const offsets = startsOf(headed, words, this.occurrences, limit);
    return offsets === null ? null : { offsets, sticky: headed.sticky };
  }
}
