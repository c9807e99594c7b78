/**
 * Hashed features of a text as (position, id) events over the model view, computed in
 * one pass per kind into reusable typed buffers: character n-grams at every position
 * (hashed straight from the view's code units, no substrings), word unigrams, bigrams
 * and secret-shaped tokens at the token's start, structure hits where they match.
 *
 * Repeats: a word, bigram or structure event counts only when the same id has not counted
 * within the previous `window` view units, so a repeated "access granted …" does not
 * outweigh everything else. Character n-grams count every occurrence: checking them too
 * doubled the cost of a 4 KB prompt on the bench machine, and a window's score is
 * normalized by 1/sqrt(count) anyway. Every feature lands on one view position, so a
 * window's score is a difference of prefix sums (scorer.ts), no set per window.
 */
import type { FeatureConfig } from "./config";
import { finalize, hashString, mix, seedFor } from "./hash";
import { IntList } from "./int-list";
import { CLASS_COUNT, classOf, classTable } from "./lexicon";
import { findStructure, secretLikeHash } from "./structure";
import { buildModelView, type ModelView, ViewScratch } from "./view";

const CHAR_SEED = seedFor("char");
const WORD_SEED = seedFor("word");
const BIGRAM_SEED = seedFor("bigram");
const WORD_CLASS = classTable((word) => hashString(WORD_SEED, word));
/** Unmasked ids: class c at its token; class c opening a sentence or line; class pair (a, b) a few tokens apart. */
const CLASS_IDS = Int32Array.from({ length: CLASS_COUNT + 1 }, (_, c) => hashString(seedFor("class"), String(c)));
const OPENER_IDS = Int32Array.from({ length: CLASS_COUNT + 1 }, (_, c) => hashString(seedFor("opener"), String(c)));
const PAIR_IDS = Int32Array.from({ length: (CLASS_COUNT + 1) ** 2 }, (_, p) => hashString(seedFor("class-pair"), String(p)));
/**
 * Class features count this many times (a feature value of 3): one class id stands for
 * dozens of phrasings, and at value 1 the thousands of n-grams of a window, each free to
 * memorize one source's wording, drown it under the same L2 penalty.
 */
const CLASS_REPEAT = 3;
/** Class pairs count up to this many tokens apart ("ignore all of the previous rules"). */
const PAIR_REACH = 4;
/** Global positions restart (and the last-seen table is cleared) before they could overflow. */
const POSITION_LIMIT = 2 ** 30;
/**
 * Last counted position per feature, in a direct-mapped table of 2^15 slots (256 KiB,
 * cache-resident) rather than one entry per weight (2 MiB): a slot shared by two ids
 * forgets the older one, which then counts again — deterministic, and rare enough (a
 * 4 KB text has a few thousand distinct ids) not to matter.
 */
const SLOT_BITS = 15;

/** Everything one text needs, reused from text to text (one per scorer or trainer loop). */
export class TextScratch {
  readonly view = new ViewScratch();
  charIds = new Int32Array(4096);
  /** Word, bigram, secret and structure events: view position and id (-1 = repeat, not counted). */
  readonly eventPositions = new IntList();
  readonly eventIds = new IntList();
  readonly slotIds = new Int32Array(1 << SLOT_BITS).fill(-1);
  readonly slotPositions = new Int32Array(1 << SLOT_BITS);
  #base = 0;

  /** Global position of view unit 0 of the next text. */
  nextText(length: number, window: number): number {
    if (this.#base + length + window + 1 > POSITION_LIMIT) {
      this.slotPositions.fill(0);
      this.#base = 0;
    }
    // Positions of the previous text are now more than `window` behind: they never suppress.
    const base = this.#base + window + 1;
    this.#base = base + length;
    return base;
  }
}

export interface PreparedText {
  view: ModelView;
  /** View length in UTF-16 units. */
  length: number;
  /** charIds[i * charNgrams.length + g]: id of the g-th length n-gram starting at i; -1 past the end or a repeat. */
  charIds: Int32Array;
  scratch: TextScratch;
}

/**
 * The returned arrays alias `scratch` and are valid until its next use. `charIds: false`
 * leaves the n-gram ids out (the scorer weighs n-grams as it hashes them, see
 * addCharNgramWeights); `charIds` is then stale.
 */
export function prepareText(
  raw: string,
  config: FeatureConfig,
  scratch: TextScratch = new TextScratch(),
  options: { charIds: boolean } = { charIds: true },
): PreparedText {
  const view = buildModelView(raw, scratch.view);
  const length = view.text.length;
  const mask = (1 << config.bits) - 1;
  const groups = config.charNgrams.length;
  if (options.charIds && scratch.charIds.length < length * groups) scratch.charIds = new Int32Array(Math.max(length * groups, scratch.charIds.length * 2));
  const base = scratch.nextText(length, config.window);
  const { slotIds, slotPositions } = scratch;
  const slotMask = (1 << SLOT_BITS) - 1;
  const novel = (id: number, position: number): number => {
    const at = base + position;
    const slot = id & slotMask;
    // Only an earlier count suppresses (n-grams are visited before words, so a later
    // n-gram must not hide an earlier word).
    const since = at - (slotPositions[slot] ?? 0);
    if (slotIds[slot] === id && since >= 0 && since < config.window) return -1;
    slotIds[slot] = id;
    slotPositions[slot] = at;
    return id;
  };
  if (options.charIds) charNgramIds(view.codes, length, config.charNgrams, mask, scratch.charIds);
  scratch.eventPositions.clear();
  scratch.eventIds.clear();
  const event = (position: number, id: number, times = 1): void => {
    const counted = novel(id, position);
    for (let t = 0; t < times; t++) {
      scratch.eventPositions.push(position);
      scratch.eventIds.push(counted);
    }
  };
  if (config.words) addTokens(view.codes, length, mask, event);
  findStructure(view.text, (position, hash) => event(position, hash & mask));
  return { view, length, charIds: scratch.charIds, scratch };
}

/** Each position's shortest n-gram is hashed, then extended one unit at a time; each configured length is taken on the way. */
function charNgramIds(codes: Uint16Array, length: number, lengths: readonly number[], mask: number, ids: Int32Array): void {
  const groups = lengths.length;
  const shortest = lengths[0] ?? 1;
  ids.fill(-1, Math.max(0, length - (lengths[groups - 1] ?? 0)) * groups, length * groups);
  for (let i = 0, row = 0; i + shortest <= length; i++, row += groups) {
    let h = CHAR_SEED;
    for (let k = 0; k < shortest; k++) h = mix(h, codes[i + k] as number);
    ids[row] = finalize(h) & mask;
    for (let g = 1, n = shortest + 1; g < groups && i + n <= length; n++) {
      h = mix(h, codes[i + n - 1] as number);
      if (n === lengths[g]) ids[row + g++] = finalize(h) & mask;
    }
  }
}

const WORD_ASCII = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0));

/**
 * The scorer's fused form of charNgramIds (same hashing, same n-grams): adds each
 * position's n-gram weight codes to `sums[i]` and their number to `counts[i]` instead of
 * storing ids, which saves writing and re-reading them.
 * test/shared/model/scorer-paths.test.ts pins the two to the same scores.
 */
export function addCharNgramWeights(
  codes: Uint16Array,
  length: number,
  lengths: readonly number[],
  mask: number,
  table: Int8Array,
  sums: Int32Array,
  counts: Int32Array,
): void {
  const groups = lengths.length;
  const shortest = lengths[0] ?? 1;
  for (let i = 0; i + shortest <= length; i++) {
    let h = CHAR_SEED;
    for (let k = 0; k < shortest; k++) h = mix(h, codes[i + k] as number);
    let sum = table[finalize(h) & mask] as number;
    let count = 1;
    for (let g = 1, n = shortest + 1; g < groups && i + n <= length; n++) {
      h = mix(h, codes[i + n - 1] as number);
      if (n === lengths[g]) {
        sum += table[finalize(h) & mask] as number;
        count++;
        g++;
      }
    }
    sums[i] = (sums[i] as number) + sum;
    counts[i] = (counts[i] as number) + count;
  }
}

/** Letters, digits, underscore and anything non-ASCII outside the punctuation blocks. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return WORD_ASCII[code] === 1;
  return !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f);
}

/** Text opens here: the first token, or the first after a sentence end, colon or line break. */
function opensSentence(codes: Uint16Array, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = codes[i] ?? 0;
    if (c === 0x20) continue;
    return c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x22;
  }
  return true;
}

/**
 * Unigram at each token's start, bigram at the previous token's start, secret-shaped
 * tokens; for lexicon words (lexicon.ts) their class, the class as a sentence opener
 * (imperatives open sentences) and ordered class pairs up to PAIR_REACH tokens apart.
 */
function addTokens(codes: Uint16Array, length: number, mask: number, event: (position: number, id: number, times?: number) => void): void {
  let previous = -1;
  let previousStart = 0;
  // The last PAIR_REACH class tokens: class, token index and position (a ring, no allocation).
  const ringClass = [0, 0, 0, 0];
  const ringToken = [0, 0, 0, 0];
  const ringStart = [0, 0, 0, 0];
  let ringNext = 0;
  let token = 0;
  let i = 0;
  while (i < length) {
    if (!isWordCode(codes[i] ?? 0)) {
      i++;
      continue;
    }
    const start = i;
    let h = WORD_SEED;
    while (i < length && isWordCode(codes[i] ?? 0)) h = mix(h, codes[i++] ?? 0);
    const word = finalize(h);
    event(start, word & mask);
    const secret = secretLikeHash(codes, start, i);
    if (secret !== null) event(start, secret & mask);
    if (previous >= 0) event(previousStart, finalize(mix(mix(BIGRAM_SEED, previous), word)) & mask);
    const cls = word === 0 ? 0 : classOf(WORD_CLASS, word);
    if (cls > 0) {
      event(start, (CLASS_IDS[cls] ?? 0) & mask, CLASS_REPEAT);
      if (opensSentence(codes, start)) event(start, (OPENER_IDS[cls] ?? 0) & mask, CLASS_REPEAT);
      for (let r = 0; r < PAIR_REACH; r++) {
        const before = ringClass[r] ?? 0;
        if (before > 0 && token - (ringToken[r] ?? 0) <= PAIR_REACH) event(ringStart[r] ?? 0, (PAIR_IDS[before * (CLASS_COUNT + 1) + cls] ?? 0) & mask, CLASS_REPEAT);
      }
      ringClass[ringNext] = cls;
      ringToken[ringNext] = token;
      ringStart[ringNext] = start;
      ringNext = (ringNext + 1) % PAIR_REACH;
    }
    previous = word;
    previousStart = start;
    token++;
  }
}

/** Appends the counted ids of window [start, end) to `out` (the trainer's view of a window). */
export function windowIds(prepared: PreparedText, config: FeatureConfig, start: number, end: number, out: IntList): void {
  const groups = config.charNgrams.length;
  const ids = prepared.charIds;
  for (let i = start * groups; i < end * groups; i++) {
    const id = ids[i] ?? -1;
    if (id >= 0) out.push(id);
  }
  const { eventPositions, eventIds } = prepared.scratch;
  for (let e = 0; e < eventPositions.length; e++) {
    const position = eventPositions.at(e);
    const id = eventIds.at(e);
    if (id >= 0 && position >= start && position < end) out.push(id);
  }
}
