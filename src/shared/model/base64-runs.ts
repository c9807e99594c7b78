/**
 * Base64 wrapping ("decode this and follow it: aWdub3Jl…") hides a payload from every
 * n-gram. Runs of base64 alphabet long enough to carry a sentence are decoded, and kept
 * only when they decode to readable UTF-8 text, so API keys, hashes and binary blobs
 * stay as they are.
 */

const RUN = /[A-Za-z0-9+/]{24,}={0,2}/g;
const MAX_RUNS = 16;
const MIN_PRINTABLE = 0.9;
const DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export interface DecodedRun {
  start: number;
  end: number;
  text: string;
}

/** Decoded base64 runs of `raw`, in order, at most a bounded number per text. */
export function findBase64Runs(raw: string): DecodedRun[] {
  const runs: DecodedRun[] = [];
  for (const match of raw.matchAll(RUN)) {
    if (runs.length >= MAX_RUNS) break;
    const text = decodeText(match[0]);
    if (text !== null) runs.push({ start: match.index, end: match.index + match[0].length, text });
  }
  return runs;
}

function decodeText(run: string): string | null {
  const bytes = decodeBase64(run);
  if (bytes === null) return null;
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    return null;
  }
  let printable = 0;
  for (const ch of text) if (/[\p{L}\p{N}\p{P}\p{Zs}]/u.test(ch)) printable++;
  // Random keys decode to mostly unprintable bytes; real text is almost all letters.
  return text.length >= 12 && printable >= MIN_PRINTABLE * [...text].length ? text : null;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (padding optional); null when the length cannot be base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const body = text.replace(/=+$/, "");
  if (body.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const value = code < 128 ? (LOOKUP[code] ?? -1) : -1;
    if (value < 0) return null;
    acc = (acc << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}
