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
  /** A window's log-odds is bias + (summed weights) / count^countExponent over its feature count. */
  countExponent: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 19,
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
};
