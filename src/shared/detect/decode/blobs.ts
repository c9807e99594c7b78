/**
 * Finds base64, base32 and hex blobs in a view and decodes the ones that turn out to be text.
 * Every character of a decoded blob maps to the whole encoded span in the raw text:
 * the encoding hides which byte came from where, and the span is what a reviewer needs.
 */
import { forEachLongRun, nextUnitMatching } from "../long-runs";
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { type DecodeBudget, DECODE_LIMITS } from "./limits";
import { looksLikeText, utf8OrUndefined } from "./printable";

/** A decoded blob, ready to be scanned like a message of its own. */
export interface DecodedBlob {
  kind: "base64" | "base32" | "hex";
  view: TextView;
}

// A lookup table over ASCII: the RFC 4648 §4/§5 base64 alphabet (standard and URL-safe
// in one class; padding optional), hex digits, and the separators between hex pairs.
const BASE64_UNIT = 1;
const HEX_DIGIT = 2;
const HEX_SEPARATOR = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = (CLASS[c] ?? 0) | BASE64_UNIT;
  if (/[0-9A-Fa-f]/.test(ch)) CLASS[c] = (CLASS[c] ?? 0) | HEX_DIGIT;
  if (/[ :]/.test(ch)) CLASS[c] = (CLASS[c] ?? 0) | HEX_SEPARATOR;
}

function isHexUnit(c: number): boolean {
  return c < 128 && ((CLASS[c] ?? 0) & HEX_DIGIT) !== 0;
}

/** What the decoders look at in a text. */
interface BlobCandidates {
  /** Runs of base64 characters (plus "=" padding) of at least the minimum length. */
  base64: Array<[number, number]>;
  /** Whether a hex run can start anywhere (see `HEX_STRETCH`): in most prose none can. */
  hex: boolean;
}

/**
 * A hex run needs eight pairs, so this many characters of a stretch of hex digits,
 * spaces and colons that starts with a hex digit; a text without one has no hex run.
 */
const HEX_STRETCH = 16;

function isBase64Unit(c: number): boolean {
  return c < 128 && ((CLASS[c] as number) & BASE64_UNIT) !== 0;
}

function isHexOrSeparatorUnit(c: number): boolean {
  return c < 128 && ((CLASS[c] as number) & (HEX_DIGIT | HEX_SEPARATOR)) !== 0;
}

/** One unit outside each class, for the native search of a run's end. */
const NOT_BASE64 = /[^A-Za-z0-9+/_-]/g;
const NOT_HEX_OR_SEPARATOR = /[^0-9A-Fa-f :]/g;

/** The base64 runs of `text` and whether it has a hex stretch. */
function blobCandidates(text: string, minLength: number, meter: WorkMeter): BlobCandidates {
  meter.add(text.length);
  const base64: Array<[number, number]> = [];
  const base64Runs = { inRun: (at: number) => isBase64Unit(text.charCodeAt(at)), runEnd: (from: number) => nextUnitMatching(NOT_BASE64, text, from) };
  forEachLongRun(text.length, minLength, base64Runs, (start, end) => {
    // Up to two "=" of padding belong to the run.
    let padded = end;
    while (padded < text.length && padded - end < 2 && text.charCodeAt(padded) === 0x3d) padded++;
    base64.push([start, padded]);
    return false;
  });
  let hex = false;
  const hexStretches = { inRun: (at: number) => isHexOrSeparatorUnit(text.charCodeAt(at)), runEnd: (from: number) => nextUnitMatching(NOT_HEX_OR_SEPARATOR, text, from) };
  forEachLongRun(text.length, HEX_STRETCH, hexStretches, (start, end) => {
    // A stretch may be separators only (a run of spaces): it then has no first digit.
    let firstDigit = start;
    while (firstDigit < end && !isHexUnit(text.charCodeAt(firstDigit))) firstDigit++;
    hex = end - firstDigit >= HEX_STRETCH;
    return hex;
  });
  return { base64, hex };
}

/**
 * Runs of hex byte pairs, optionally separated by one space or colon ("69 67 6e"), of
 * eight bytes or more. Every character is examined a bounded number of times (counted
 * on `meter`): a stretch of hex digits, spaces and colons is measured once, and pairs
 * are parsed forward from each hex digit that can start one.
 */
function hexRuns(text: string, meter: WorkMeter): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let stretchEnd = 0;
  let steps = 0;
  for (let i = 0; i < text.length; ) {
    steps++;
    if (!isHexUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i >= stretchEnd) {
      stretchEnd = i;
      while (stretchEnd < text.length) {
        const c = text.charCodeAt(stretchEnd);
        if (!isHexUnit(c) && c !== 0x20 && c !== 0x3a) break;
        stretchEnd++;
      }
      steps += stretchEnd - i;
    }
    // Eight pairs need at least 16 characters: a shorter stretch (an English word made of
    // a-f letters) cannot hold a run, nor can any of its suffixes.
    if (stretchEnd - i < 16) {
      i = stretchEnd;
      continue;
    }
    const start = i;
    let pairs = 0;
    let end = i;
    while (i + 1 < text.length && isHexUnit(text.charCodeAt(i)) && isHexUnit(text.charCodeAt(i + 1))) {
      i += 2;
      pairs++;
      end = i;
      const sep = text.charCodeAt(i);
      if ((sep === 0x20 || sep === 0x3a) && isHexUnit(text.charCodeAt(i + 1))) i++;
    }
    steps += end - start;
    if (pairs >= 8 && (end >= text.length || !isHexUnit(text.charCodeAt(end)))) runs.push([start, end]);
    i = Math.max(end, start + 1);
    while (i < text.length && isHexUnit(text.charCodeAt(i))) {
      i++;
      steps++;
    }
  }
  meter.add(steps);
  return runs;
}

function decodeBase64(run: string): Uint8Array | undefined {
  let body = run.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  body = body.slice(0, body.length - (body.length % 4 === 1 ? 1 : 0));
  const padded = body + "=".repeat((4 - (body.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** RFC 4648 §6 base32: A-Z and 2-7, "=" padding. Its alphabet is inside base64's, so its runs are base64 runs. */
const BASE32_RUN = /^[A-Z2-7]+=*$/;

function decodeBase32(run: string): Uint8Array {
  const body = run.replace(/=+$/, "");
  const bytes = new Uint8Array(Math.floor((body.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let out = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    value = ((value << 5) | (c >= 0x41 ? c - 0x41 : c - 0x32 + 26)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (value >> bits) & 0xff;
    }
  }
  return bytes;
}

function decodeHex(run: string): Uint8Array {
  const digits = run.replace(/[ :]/g, "");
  const bytes = new Uint8Array(digits.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

function blobView(text: string, source: TextView, start: number, end: number, kind: string): TextView {
  const writer = new ViewWriter(text.length);
  writer.push(text, rawStartOf(source, start), rawEndOf(source, end - 1));
  return writer.finish(`decoded:${kind}`, "raw", 0.95, source.depth + 1);
}

/** What a run hides when it is an encoding of text, and which encoding; undefined otherwise. */
function textOfRun(kind: "base64" | "hex", run: string): { encoding: DecodedBlob["kind"]; text: string } | undefined {
  // A hex run that is all digits is a number, and base64 runs without any digit or
  // capital are ordinary long words: neither is worth decoding.
  if (kind === "hex" && !/[a-fA-F]/.test(run) && run.length < 24) return undefined;
  if (kind === "base64" && !/[A-Z]/.test(run) && !/[0-9]/.test(run)) return undefined;
  // A run of capitals and 2-7 alone is base32 far more often than base64 of text.
  const encoding = kind === "base64" && BASE32_RUN.test(run) ? "base32" : kind;
  const bytes = encoding === "base32" ? decodeBase32(run) : encoding === "base64" ? decodeBase64(run) : decodeHex(run);
  const text = bytes === undefined ? undefined : utf8OrUndefined(bytes);
  return text !== undefined && looksLikeText(text) ? { encoding, text } : undefined;
}

/**
 * The base64 (and base32) runs of `text` that encode text, as [start, end) spans. Their
 * characters are an encoding, not words: what they say is read in their decoded view.
 */
export function encodedTextSpans(text: string, meter: WorkMeter): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [start, end] of blobCandidates(text, DECODE_LIMITS.minBase64Chars, meter).base64) {
    if (spans.length >= DECODE_LIMITS.maxBlobsPerView) break;
    const run = text.slice(start, Math.min(end, start + DECODE_LIMITS.maxBlobChars));
    meter.add(run.length);
    if (textOfRun("base64", run) !== undefined) spans.push([start, end]);
  }
  return spans;
}

/**
 * A test for `mayContainLeet`: whether a position of `view` lies outside the base64 runs
 * of `rawText` that encode text. Base64 mixes digits and letters at random ("ZGV2", "aW4g"),
 * so a blob alone would make every view of the message pay for the leet folds, whose
 * output over a blob is noise: the blob's words are read in its decoded view.
 */
export function outsideEncodedText(rawText: string, view: TextView, meter: WorkMeter): (index: number) => boolean {
  const spans = encodedTextSpans(rawText, meter);
  let next = 0;
  return (index) => {
    const at = rawStartOf(view, index);
    while (next < spans.length && (spans[next]?.[1] ?? 0) <= at) next++;
    const span = spans[next];
    return span === undefined || at < span[0];
  };
}

/** Decodes the text-like base64 and hex blobs of `source`, within `budget`. */
export function decodeBlobs(source: TextView, budget: DecodeBudget, meter: WorkMeter): DecodedBlob[] {
  const found: DecodedBlob[] = [];
  const text = source.text;
  const tryRuns = (kind: "base64" | "hex", runs: ReadonlyArray<[number, number]>): void => {
    for (const [start, end] of runs) {
      if (found.length >= DECODE_LIMITS.maxBlobsPerView || budget.remaining <= 0) return;
      const key = `${kind}:${rawStartOf(source, start)}:${rawEndOf(source, end - 1)}`;
      if (budget.seen.has(key)) continue;
      budget.seen.add(key);
      const run = text.slice(start, Math.min(end, start + DECODE_LIMITS.maxBlobChars));
      meter.add(run.length);
      const decoded = textOfRun(kind, run);
      if (decoded === undefined) continue;
      const granted = budget.take(decoded.text.length);
      found.push({ kind: decoded.encoding, view: blobView(decoded.text.slice(0, granted), source, start, end, decoded.encoding) });
    }
  };
  const candidates = blobCandidates(text, DECODE_LIMITS.minBase64Chars, meter);
  tryRuns("base64", candidates.base64);
  tryRuns("hex", candidates.hex ? hexRuns(text, meter) : []);
  return found;
}
