/**
 * Hashed features of a text, computed once per text and then read window by window:
 * character n-grams at every position, word unigrams and bigrams, and structure hits.
 * A window's feature vector is the set of ids inside it, scaled by 1/sqrt(count) (the L2
 * norm of a binary vector), so neither length nor repetition moves the score on its own.
 */
import type { FeatureConfig } from "./config";
import type { FeatureSet } from "./feature-set";
import { finalize, mix, seedFor } from "./hash";
import { findStructure, secretLikeHash } from "./structure";
import { buildModelView, type ModelView } from "./view";

const CHAR_SEED = seedFor("char");
const WORD_SEED = seedFor("word");
const BIGRAM_SEED = seedFor("bigram");

export interface PreparedText {
  view: ModelView;
  /** charIds[i * charNgrams.length + g]: id of the n-gram of the g-th length starting at i. */
  charIds: Int32Array;
  tokenStarts: number[];
  tokenEnds: number[];
  /** Unigram id of token k. */
  tokenIds: number[];
  /** `secret_like` id when token k is shaped like a key or token, else -1. */
  secretIds: number[];
  /** Id of the bigram (token k-1, token k), -1 for the first token. */
  bigramIds: number[];
  structurePositions: number[];
  structureIds: number[];
}

export function prepareText(raw: string, config: FeatureConfig): PreparedText {
  const view = buildModelView(raw);
  const mask = (1 << config.bits) - 1;
  const prepared: PreparedText = {
    view,
    charIds: charNgramIds(view.text, config.charNgrams, mask),
    tokenStarts: [],
    tokenEnds: [],
    tokenIds: [],
    secretIds: [],
    bigramIds: [],
    structurePositions: [],
    structureIds: [],
  };
  if (config.words) addTokens(prepared, mask);
  const structure = findStructure(view.text);
  prepared.structurePositions = structure.positions;
  prepared.structureIds = structure.hashes.map((hash) => hash & mask);
  return prepared;
}

function charNgramIds(text: string, lengths: readonly number[], mask: number): Int32Array {
  const groups = lengths.length;
  const longest = Math.max(...lengths);
  const groupOf = new Int8Array(longest + 1).fill(-1);
  lengths.forEach((n, g) => (groupOf[n] = g));
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  const ids = new Int32Array(text.length * groups).fill(-1);
  for (let i = 0; i < text.length; i++) {
    let h = CHAR_SEED;
    const stop = Math.min(longest, text.length - i);
    for (let k = 0; k < stop; k++) {
      h = mix(h, codes[i + k] ?? 0);
      const g = groupOf[k + 1] ?? -1;
      if (g >= 0) ids[i * groups + g] = finalize(h) & mask;
    }
  }
  return ids;
}

/** Letters, digits, underscore and anything non-ASCII outside the punctuation blocks. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  return !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f);
}

function addTokens(prepared: PreparedText, mask: number): void {
  const text = prepared.view.text;
  let previous = -1;
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = WORD_SEED;
    while (i < text.length && isWordCode(text.charCodeAt(i))) h = mix(h, text.charCodeAt(i++));
    const word = finalize(h);
    const secret = secretLikeHash(text, start, i);
    prepared.tokenStarts.push(start);
    prepared.tokenEnds.push(i);
    prepared.tokenIds.push(word & mask);
    prepared.secretIds.push(secret === null ? -1 : secret & mask);
    prepared.bigramIds.push(previous < 0 ? -1 : finalize(mix(mix(BIGRAM_SEED, previous), word)) & mask);
    previous = word;
  }
}

/** Fills `set` with the ids of window [start, end) of the view. */
export function windowFeatures(prepared: PreparedText, config: FeatureConfig, start: number, end: number, set: FeatureSet): void {
  set.clear();
  const lengths = config.charNgrams;
  const groups = lengths.length;
  for (let i = start; i < end; i++) {
    for (let g = 0; g < groups; g++) {
      const id = prepared.charIds[i * groups + g] ?? -1;
      if (id >= 0 && i + (lengths[g] ?? 0) <= end) set.add(id);
    }
  }
  const { tokenStarts, tokenEnds, tokenIds, secretIds, bigramIds } = prepared;
  for (let k = firstAtOrAfter(tokenStarts, start); k < tokenStarts.length && (tokenEnds[k] ?? 0) <= end; k++) {
    set.add(tokenIds[k] ?? 0);
    const secret = secretIds[k] ?? -1;
    if (secret >= 0) set.add(secret);
    const bigram = bigramIds[k] ?? -1;
    if (bigram >= 0 && (tokenStarts[k - 1] ?? -1) >= start) set.add(bigram);
  }
  prepared.structurePositions.forEach((position, h) => {
    if (position >= start && position < end) set.add(prepared.structureIds[h] ?? 0);
  });
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
