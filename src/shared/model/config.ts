import ENGINE_REJOIN_WORDS from "../detect/signatures/rejoin-words.json";

/** How text becomes hashed features; stored in the weights file so training and inference agree. */
export interface FeatureConfig {
  /** The weight table has 2^bits entries. */
  bits: number;
  /** Character n-gram lengths over the view (spaces included, so word edges count), ascending. */
  charNgrams: number[];
  /** Word unigrams and bigrams over the view's letter/digit tokens. */
  words: boolean;
  /** Window length in view characters; longer texts are scored window by window. */
  window: number;
  /** Distance between window starts; window - stride is the overlap. */
  stride: number;
  /**
   * A window's log-odds is bias + (summed weights) / count^countExponent over its feature
   * count, plus the summed weights of its word-class events times their feature value.
   */
  countExponent: number;
  /**
   * Feature value of a word-class event (class, opener, class pair; features.ts):
   * classScale / count^classExponent, count being the window's normalized feature count.
   */
  classScale: number;
  classExponent: number;
  /**
   * The words the view puts back together when spaces split them ("ig nore"), as the
   * engine's `rejoined` view does (split-words.ts). The engine's list grows with every
   * signature that needs a new word, and a model trained with one list reads another
   * text differently ("developer mode" as one token or two), so the list a model was
   * trained with ships in its weights file.
   */
  rejoinWords: readonly string[];
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  // v5: 2^20 rather than 2^19 (1.4 MB of base64 int8, under the 2 MB budget): fewer
  // collisions between one source's n-grams and the shared evidence. Alone, grouped CV
  // 35.8% at 0.67% unseen FPR → 36.4% at 0.71%; recall at matched FPR +0.5 to +1.6 points.
  bits: 20,
  // v2: 3- and 5-grams. Against v1's 2-5: half the weight lookups per character (the 4 KB
  // latency target), and unseen-source recall 36.6% → 37.4% at a lower FPR than 3-4-5
  // (grouped CV): the 2- and 4-grams mostly added more ways to memorize one source.
  charNgrams: [3, 5],
  words: true,
  // 1024/512 beat 256/128 and 512/256 on unseen sources (grouped CV, README.md): long
  // jailbreaks need context, and the max over overlapping windows still isolates a payload.
  // v2 tried 256/128 windows on top: BIPIA injected documents unseen 1% → 31%, but unseen
  // clean e-mails were flagged 100% (the application's "You are an e-mail assistant…"
  // wrapper fills a short window and reads like a persona attack), so it was dropped.
  window: 1024,
  stride: 512,
  // v3: 0.4 rather than v2's 0.5 (a square root). Grouped CV, unseen families: flag recall
  // 36.6% → 36.7% while benign FPR fell 0.88% → 0.70% (persona prompts 18.2% → 12.5%): a
  // window's evidence is less diluted by its length, which differs more between sources
  // than between attacks and benign text. 0.3 lost recall (36.4%), 0.6 doubled FPR (1.26%).
  countExponent: 0.4,
  // v5: word-class events are weighed apart from the n-grams and words, divided by
  // count^0.1 rather than count^0.4. "Ignore the previous instructions" is nearly the same
  // evidence in a one-line prompt and in a 1 KB window of other text, and the thousands of
  // n-grams, free to memorize one source's wording, no longer dilute the few ids that stand
  // for dozens of phrasings. v4 counted each class event 3 times inside the normalized sum.
  // Grouped CV: unseen FPR 0.67% → 0.57% (exponent 0: 0.50%, but benign texts joined to
  // 1 / 4 KB were flagged 0.85% / 1.91%, against 0.65% / 1.27% here: a long window holds
  // more distinct class events, and a sum divided by nothing grows with them).
  classScale: 0.37,
  classExponent: 0.1,
  // A new model learns with the engine's words of the day.
  rejoinWords: ENGINE_REJOIN_WORDS,
};
