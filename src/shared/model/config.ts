/** How text becomes hashed features; stored in the weights file so training and inference agree. */
export interface FeatureConfig {
  /** The weight table has 2^bits entries. */
  bits: number;
  /** Character n-gram lengths over the view (spaces included, so word edges count). */
  charNgrams: number[];
  /** Word unigrams and bigrams over the view's letter/digit tokens. */
  words: boolean;
  /** Window length in view characters; longer texts are scored window by window. */
  window: number;
  /** Distance between window starts; window - stride is the overlap. */
  stride: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 19,
  charNgrams: [2, 3, 4, 5],
  words: true,
  // 1024/512 beat 256/128 and 512/256 on unseen sources (grouped CV, README.md): long
  // jailbreaks need context, and the max over overlapping windows still isolates a payload.
  window: 1024,
  stride: 512,
};
