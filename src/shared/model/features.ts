/**
 * Hashed features of a text, each at one position of the model view, computed in one
 * pass per kind into reusable typed buffers: character n-grams at every position
 * (char-ngrams.ts), word unigrams, bigrams, word classes and secret-shaped tokens at the
 * token's start, structure hits where they match (events.ts).
 *
 * Repeats: an event counts only once per window (events.ts). Character n-grams count
 * every occurrence: checking them too doubled the cost of a 4 KB prompt on the bench
 * machine, and a window's score is normalized by its feature count anyway. Every feature
 * lands on one view position, so a window's score is a sum over the positions it spans
 * (scorer.ts), no set per window.
 *
 * Word-class events (class, opener, class pair) are a stream of their own, with their
 * own feature value (config.ts classScale and classExponent, which say why).
 */
import { charNgramIds, xorPrefix } from "./char-ngrams";
import type { FeatureConfig } from "./config";
import { EventList, EventLog } from "./events";
import { finalize, hashString, mix, seedFor } from "./hash";
import type { IntList } from "./int-list";
import { CLASS_COUNT, classOf, classTable } from "./lexicon";
import { findStructure, secretLikeHash } from "./structure";
import { buildModelView, type ModelView, ViewScratch } from "./view";

const WORD_SEED = seedFor("word");
const BIGRAM_SEED = seedFor("bigram");
const WORD_CLASS = classTable((word) => hashString(WORD_SEED, word));
/** Unmasked ids: class c at its token; class c opening a sentence or line; class pair (a, b) a few tokens apart. */
const CLASS_IDS = Int32Array.from({ length: CLASS_COUNT + 1 }, (_, c) => hashString(seedFor("class"), String(c)));
const OPENER_IDS = Int32Array.from({ length: CLASS_COUNT + 1 }, (_, c) => hashString(seedFor("opener"), String(c)));
const PAIR_IDS = Int32Array.from({ length: (CLASS_COUNT + 1) ** 2 }, (_, p) => hashString(seedFor("class-pair"), String(p)));
/** Class pairs count up to this many tokens apart ("ignore all of the previous rules"). */
const PAIR_REACH = 4;
/** Everything one text needs, reused from text to text (one per scorer or trainer loop). */
export class TextScratch {
  readonly view = new ViewScratch();
  charIds = new Int32Array(4096);
  /** Running XOR of the view units' values (char-ngrams.ts), the input of both n-gram paths. */
  prefix = new Int32Array(4097);
  /** Counted word, bigram, secret and structure events, and word-class events apart. */
  readonly events = new EventLog();
}

export interface PreparedText {
  view: ModelView;
  /** View length in UTF-16 units. */
  length: number;
  /** charIds[i * charNgrams.length + g]: id of the g-th length n-gram starting at i; -1 past the end. */
  charIds: Int32Array;
  /** Running XOR of the view units' values (char-ngrams.ts), length + 1 entries. */
  prefix: Int32Array;
  scratch: TextScratch;
}

/**
 * The returned arrays alias `scratch` and are valid until its next use. `charIds: false`
 * leaves the n-gram ids out (the scorer weighs n-grams as it hashes them, see
 * weighCharNgrams); `charIds` is then stale.
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
  if (scratch.prefix.length < length + 1) scratch.prefix = new Int32Array(Math.max(length + 1, scratch.prefix.length * 2));
  xorPrefix(view.codes, length, scratch.prefix);
  if (options.charIds) charNgramIds(scratch.prefix, length, config.charNgrams, config.bits, scratch.charIds);
  const { events } = scratch;
  events.begin(length, config.window);
  if (config.words) addTokens(view.codes, length, mask, events);
  findStructure(view.text, (position, hash) => events.add(events.plain, position, hash & mask));
  return { view, length, charIds: scratch.charIds, prefix: scratch.prefix, scratch };
}

/** Feature value of a word-class event in a window of `count` count-normalized features. */
export function classFeatureValue(config: Pick<FeatureConfig, "classScale" | "classExponent">, count: number): number {
  return config.classScale / Math.pow(Math.max(1, count), config.classExponent);
}

const WORD_ASCII = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0));

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
function addTokens(codes: Uint16Array, length: number, mask: number, events: EventLog): void {
  const { plain, classes } = events;
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
    events.add(plain, start, word & mask);
    const secret = secretLikeHash(codes, start, i);
    if (secret !== null) events.add(plain, start, secret & mask);
    if (previous >= 0) events.add(plain, previousStart, finalize(mix(mix(BIGRAM_SEED, previous), word)) & mask);
    const cls = word === 0 ? 0 : classOf(WORD_CLASS, word);
    if (cls > 0) {
      events.add(classes, start, (CLASS_IDS[cls] ?? 0) & mask);
      if (opensSentence(codes, start)) events.add(classes, start, (OPENER_IDS[cls] ?? 0) & mask);
      for (let r = 0; r < PAIR_REACH; r++) {
        const before = ringClass[r] ?? 0;
        if (before > 0 && token - (ringToken[r] ?? 0) <= PAIR_REACH) events.add(classes, ringStart[r] ?? 0, (PAIR_IDS[before * (CLASS_COUNT + 1) + cls] ?? 0) & mask);
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

/**
 * Appends the counted ids of window [start, end) to `out` and its word-class ids to
 * `classOut` (the trainer's view of a window).
 */
export function windowIds(prepared: PreparedText, config: FeatureConfig, start: number, end: number, out: IntList, classOut: IntList): void {
  const groups = config.charNgrams.length;
  const ids = prepared.charIds;
  for (let i = start * groups; i < end * groups; i++) {
    const id = ids[i] ?? -1;
    if (id >= 0) out.push(id);
  }
  appendEventsIn(prepared.scratch.events.plain, start, end, out);
  appendEventsIn(prepared.scratch.events.classes, start, end, classOut);
}

function appendEventsIn(list: EventList, start: number, end: number, out: IntList): void {
  for (let e = 0; e < list.positions.length; e++) {
    const position = list.positions.at(e);
    if (position >= start && position < end) out.push(list.ids.at(e));
  }
}
