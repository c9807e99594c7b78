/**
 * Character n-gram ids over the model view, with no serial hashing per n-gram. Each
 * view unit gets a random 32-bit value u (a table for ASCII) and the n-gram starting
 * at i hashes to XOR_k rotl(u[i + k], 7k). Stored as a running XOR of rotl(u[j], 7j),
 * that is one XOR of two prefix values and one rotation, whatever n is; the id is the
 * top `bits` of one multiply (multiply-shift hashing). v2 chained FNV steps through every
 * unit of every n-gram plus a murmur finalizer per id: a serial chain of ~9 multiplies per
 * position that made hashing, not the weight lookups, the scorer's largest cost.
 *
 * Two entry points share the hashing: `charNgramIds` stores ids (the trainer's windows)
 * and `weighCharNgrams` sums their weights per segment (the scorer);
 * test/shared/model/scorer-paths.test.ts pins them to the same scores.
 */
import { finalize, mix, seedFor } from "./hash";

const CHAR_SEED = seedFor("char");
/** Per n-gram length, so a 3-gram and a 5-gram of the same units land apart. */
const LENGTH_SALT = Int32Array.from({ length: 33 }, (_, n) => finalize(mix(CHAR_SEED, 0x10000 + n)));
/** Odd multiplier (2^32 / golden ratio) of multiply-shift hashing: its top bits mix every bit of the key. */
const GOLDEN = 0x9e3779b1;
/** Rotation step per unit: 7 is odd, so 32 consecutive units get 32 distinct rotations. */
const STEP = 7;
const ASCII_UNIT = Int32Array.from({ length: 128 }, (_, c) => unitValue(c));

function unitValue(code: number): number {
  return finalize(mix(CHAR_SEED, code)) | 0;
}

/** Rotation of unit j's value in the running XOR (j mod 32 steps of STEP bits). */
function turn(j: number): number {
  return Math.imul(j, STEP) & 31;
}

/**
 * prefix[j] = XOR over units u < j of rotl(value(u), turn(u)), for j = 0..length
 * (`prefix` must hold length + 1 entries).
 */
export function xorPrefix(codes: Uint16Array, length: number, prefix: Int32Array): void {
  let x = 0;
  let r = 0;
  prefix[0] = 0;
  for (let j = 0; j < length; j++) {
    const code = codes[j] as number;
    const value = code < 128 ? (ASCII_UNIT[code] as number) : unitValue(code);
    x ^= (value << r) | (value >>> (32 - r));
    prefix[j + 1] = x;
    r = (r + STEP) & 31;
  }
}

/** Id of the n-gram [i, i + n): the prefix XOR turned back to offset 0, salted by n, multiply-shifted. */
function idAt(prefix: Int32Array, i: number, n: number, shift: number): number {
  const r = turn(i);
  const x = (prefix[i + n] as number) ^ (prefix[i] as number);
  return Math.imul(((x >>> r) | (x << (32 - r))) ^ (LENGTH_SALT[n] as number), GOLDEN) >>> shift;
}

/** ids[i * lengths.length + g]: id of the lengths[g]-gram starting at view unit i; -1 past the end. */
export function charNgramIds(prefix: Int32Array, length: number, lengths: readonly number[], bits: number, ids: Int32Array): void {
  const groups = lengths.length;
  const shift = 32 - bits;
  for (let g = 0; g < groups; g++) {
    const n = lengths[g] as number;
    for (let i = 0; i < length; i++) ids[i * groups + g] = i + n <= length ? idAt(prefix, i, n, shift) : -1;
  }
}

/**
 * The scorer's form: adds to `sums[s]` the int8 weight codes of every n-gram starting in
 * segment s = [checkpoints[s - 1], checkpoints[s]) (s ≥ 1) and to `counts[s]` their
 * number. No per-position array is written: windows only ever need sums between
 * checkpoints. The sums are of integer codes, so the order they are added in changes
 * nothing.
 */
export function weighCharNgrams(
  prefix: Int32Array,
  length: number,
  lengths: readonly number[],
  bits: number,
  table: Int8Array,
  checkpoints: Int32Array,
  sums: Float64Array,
  counts: Float64Array,
): void {
  const shift = 32 - bits;
  for (let s = 1; s < checkpoints.length; s++) {
    const from = checkpoints[s - 1] as number;
    const to = checkpoints[s] as number;
    /** Where the n-grams of length n starting in this segment end (none past the text). */
    const endFor = (n: number): number => Math.max(from, Math.min(to, length - n + 1));
    let sum = 0;
    let count = 0;
    // Two lengths per pass: their table lookups are independent, so the CPU overlaps their
    // cache misses (scorer on a 4 KB attack text, in-process A/B: 53 -> 40 us in this
    // function; a benign one, whose n-grams repeat and stay cached, did not change).
    let g = 0;
    for (; g + 1 < lengths.length; g += 2) {
      const n = lengths[g] as number;
      const m = lengths[g + 1] as number;
      const endN = endFor(n);
      const endM = endFor(m);
      const both = Math.min(endN, endM);
      sum += weighTwo(prefix, n, m, from, both, table, shift);
      sum += weighOne(prefix, n, both, endN, table, shift) + weighOne(prefix, m, both, endM, table, shift);
      count += endN - from + (endM - from);
    }
    if (g < lengths.length) {
      const n = lengths[g] as number;
      const end = endFor(n);
      sum += weighOne(prefix, n, from, end, table, shift);
      count += end - from;
    }
    sums[s] = (sums[s] as number) + sum;
    counts[s] = (counts[s] as number) + count;
  }
}

// idAt inlined below with turn(i) stepped rather than multiplied: these loops are the
// scorer's hottest, and the inlined form measured twice as fast.

/** Summed weight codes of the n-grams of length n starting at [from, end). */
function weighOne(prefix: Int32Array, n: number, from: number, end: number, table: Int8Array, shift: number): number {
  const salt = LENGTH_SALT[n] as number;
  let sum = 0;
  let r = turn(from);
  for (let i = from; i < end; i++) {
    const x = (prefix[i + n] as number) ^ (prefix[i] as number);
    sum += table[Math.imul(((x >>> r) | (x << (32 - r))) ^ salt, GOLDEN) >>> shift] as number;
    r = (r + STEP) & 31;
  }
  return sum;
}

/** Summed weight codes of the n-grams of lengths n and m starting at [from, end). */
function weighTwo(prefix: Int32Array, n: number, m: number, from: number, end: number, table: Int8Array, shift: number): number {
  const saltN = LENGTH_SALT[n] as number;
  const saltM = LENGTH_SALT[m] as number;
  let sum = 0;
  let r = turn(from);
  for (let i = from; i < end; i++) {
    const start = prefix[i] as number;
    const x = (prefix[i + n] as number) ^ start;
    const y = (prefix[i + m] as number) ^ start;
    sum += table[Math.imul(((x >>> r) | (x << (32 - r))) ^ saltN, GOLDEN) >>> shift] as number;
    sum += table[Math.imul(((y >>> r) | (y << (32 - r))) ^ saltM, GOLDEN) >>> shift] as number;
    r = (r + STEP) & 31;
  }
  return sum;
}
