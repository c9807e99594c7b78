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
import { rejoinVocabulary, type RejoinVocabulary } from "../detect/split-words";
import { charNgramIds, xorPrefix } from "./char-ngrams";
import type { FeatureConfig } from "./config";
import { EventList, EventLog } from "./events";
import { finalize, mix } from "./hash";
import type { IntList } from "./int-list";
import { findStructure, secretLikeHash } from "./structure";
import { buildModelView, type ModelView, ViewScratch } from "./view";
import { BIGRAM_SEED, ClassEmitter, isUnspacedScript, isWordCode, WORD_SEED, type WordClassTables, wordClassTables } from "./word-classes";

let wordClasses: WordClassTables | null = null;

/** The word-class tables, built on first use, so an engine without the learned scorer never builds them. */
function sharedWordClasses(): WordClassTables {
  wordClasses ??= wordClassTables();
  return wordClasses;
}

/** Everything one text needs, reused from text to text (one per scorer or trainer loop). */
export class TextScratch {
  readonly view = new ViewScratch();
  charIds = new Int32Array(4096);
  /** Running XOR of the view units' values (char-ngrams.ts), the input of both n-gram paths. */
  prefix = new Int32Array(4097);
  /** Counted word, bigram, secret and structure events, and word-class events apart. */
  readonly events = new EventLog();
  readonly classes = new ClassEmitter(sharedWordClasses());
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

// A config's word list as the view looks it up, built once per list.
const VOCABULARIES = new WeakMap<readonly string[], RejoinVocabulary>();

function vocabularyOf(config: FeatureConfig): RejoinVocabulary {
  let vocabulary = VOCABULARIES.get(config.rejoinWords);
  if (vocabulary === undefined) {
    vocabulary = rejoinVocabulary(config.rejoinWords);
    VOCABULARIES.set(config.rejoinWords, vocabulary);
  }
  return vocabulary;
}

/**
 * The returned arrays alias `scratch` and are valid until its next use. `charIds: false`
 * leaves the n-gram ids out (the scorer weighs n-grams as it hashes them, see
 * weighCharNgrams); `charIds` is then stale.
 */
export function prepareText(raw: string, config: FeatureConfig, scratch: TextScratch = new TextScratch(), options: { charIds: boolean } = { charIds: true }): PreparedText {
  const view = buildModelView(raw, vocabularyOf(config), scratch.view);
  const length = view.text.length;
  const mask = (1 << config.bits) - 1;
  const groups = config.charNgrams.length;
  if (options.charIds && scratch.charIds.length < length * groups) scratch.charIds = new Int32Array(Math.max(length * groups, scratch.charIds.length * 2));
  if (scratch.prefix.length < length + 1) scratch.prefix = new Int32Array(Math.max(length + 1, scratch.prefix.length * 2));
  xorPrefix(view.codes, length, scratch.prefix);
  if (options.charIds) charNgramIds(scratch.prefix, length, config.charNgrams, config.bits, scratch.charIds);
  const { events } = scratch;
  events.begin(length, config.window);
  if (config.words) addTokens(view.codes, length, mask, events, scratch.classes);
  findStructure(view.text, (position, hash) => events.add(events.plain, position, hash & mask));
  return { view, length, charIds: scratch.charIds, prefix: scratch.prefix, scratch };
}

/** Feature value of a word-class event in a window of `count` count-normalized features. */
export function classFeatureValue(config: Pick<FeatureConfig, "classScale" | "classExponent">, count: number): number {
  return config.classScale / Math.pow(Math.max(1, count), config.classExponent);
}

/**
 * Unigram at each token's start, bigram at the previous token's start, secret-shaped
 * tokens; the word-class events of lexicon words, bigrams and, in scripts written without
 * spaces, substrings (word-classes.ts).
 */
function addTokens(codes: Uint16Array, length: number, mask: number, events: EventLog, classes: ClassEmitter): void {
  const { plain } = events;
  classes.begin(codes, mask, events);
  let previous = -1;
  let previousStart = 0;
  let i = 0;
  while (i < length) {
    if (!isWordCode(codes[i] ?? 0)) {
      i++;
      continue;
    }
    const start = i;
    let h = WORD_SEED;
    let unspaced = false;
    while (i < length) {
      const code = codes[i] ?? 0;
      if (!isWordCode(code)) break;
      if (code >= 0x0e00 && !unspaced) unspaced = isUnspacedScript(code);
      h = mix(h, code);
      i++;
    }
    const word = finalize(h);
    classes.token();
    events.add(plain, start, word & mask);
    const secret = secretLikeHash(codes, start, i);
    if (secret !== null) events.add(plain, start, secret & mask);
    if (previous >= 0) {
      const bigram = finalize(mix(mix(BIGRAM_SEED, previous), word));
      events.add(plain, previousStart, bigram & mask);
      classes.bigram(bigram, previousStart);
    }
    classes.word(word, start);
    if (unspaced) classes.inWord(start, i);
    previous = word;
    previousStart = start;
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
