/**
 * Finds base64 and hex blobs in a view and decodes the ones that turn out to be text.
 * Every character of a decoded blob maps to the whole encoded span in the raw text:
 * the encoding hides which byte came from where, and the span is what a reviewer needs.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { type DecodeBudget, DECODE_LIMITS } from "./limits";
import { looksLikeText, utf8OrUndefined } from "./printable";

/** A decoded blob, ready to be scanned like a message of its own. */
export interface DecodedBlob {
  kind: "base64" | "hex";
  view: TextView;
}

// RFC 4648 §4 (standard) and §5 (URL-safe) alphabets in one class; padding optional.
// Lookup tables over ASCII: bit 1 = RFC 4648 §4/§5 base64 alphabet (standard and
// URL-safe in one class), bit 2 = hex digit, bit 4 = separator between hex pairs.
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = (CLASS[c] ?? 0) | 1;
  if (/[0-9A-Fa-f]/.test(ch)) CLASS[c] = (CLASS[c] ?? 0) | 2;
  if (/[ :]/.test(ch)) CLASS[c] = (CLASS[c] ?? 0) | 4;
}

function isHexUnit(c: number): boolean {
  return c < 128 && ((CLASS[c] ?? 0) & 2) !== 0;
}

/** What one pass over a text finds for the decoders. */
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

/** The base64 runs of `text` and whether it has a hex stretch, in one pass. */
function blobCandidates(text: string, minLength: number, meter: WorkMeter): BlobCandidates {
  const base64: Array<[number, number]> = [];
  meter.add(text.length);
  let hex = false;
  // The first hex digit of the current stretch of hex digits and separators (-1: none yet).
  let firstHex = -1;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? (CLASS[c] ?? 0) : 0;
    if ((kind & 6) === 0) firstHex = -1;
    else if (firstHex < 0) {
      if ((kind & 2) !== 0) firstHex = i;
    } else if (i - firstHex + 1 >= HEX_STRETCH) hex = true;
    if ((kind & 1) !== 0) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart < 0) continue;
    // The run ends here; up to two "=" of padding belong to it (they start no run).
    let end = i;
    while (end < text.length && end - i < 2 && text.charCodeAt(end) === 0x3d) end++;
    if (i - runStart >= minLength) base64.push([runStart, end]);
    runStart = -1;
  }
  if (runStart >= 0 && text.length - runStart >= minLength) base64.push([runStart, text.length]);
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

/** Decodes the text-like base64 and hex blobs of `source`, within `budget`. */
export function decodeBlobs(source: TextView, budget: DecodeBudget, meter: WorkMeter): DecodedBlob[] {
  const found: DecodedBlob[] = [];
  const text = source.text;
  const tryRuns = (kind: DecodedBlob["kind"], runs: ReadonlyArray<[number, number]>): void => {
    for (const [start, end] of runs) {
      if (found.length >= DECODE_LIMITS.maxBlobsPerView || budget.remaining <= 0) return;
      const key = `${kind}:${rawStartOf(source, start)}:${rawEndOf(source, end - 1)}`;
      if (budget.seen.has(key)) continue;
      budget.seen.add(key);
      const run = text.slice(start, Math.min(end, start + DECODE_LIMITS.maxBlobChars));
      // A hex run that is all digits is a number, and base64 runs without any digit or
      // capital are ordinary long words: neither is worth decoding.
      if (kind === "hex" && !/[a-fA-F]/.test(run) && run.length < 24) continue;
      if (kind === "base64" && !/[A-Z]/.test(run) && !/[0-9]/.test(run)) continue;
      const bytes = kind === "base64" ? decodeBase64(run) : decodeHex(run);
      if (bytes === undefined) continue;
      meter.add(run.length);
      const decoded = utf8OrUndefined(bytes);
      if (decoded === undefined || !looksLikeText(decoded)) continue;
      const granted = budget.take(decoded.length);
      found.push({ kind, view: blobView(decoded.slice(0, granted), source, start, end, kind) });
    }
  };
  const candidates = blobCandidates(text, DECODE_LIMITS.minBase64Chars, meter);
  tryRuns("base64", candidates.base64);
  tryRuns("hex", candidates.hex ? hexRuns(text, meter) : []);
  return found;
}
