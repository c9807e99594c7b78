/**
 * Ascii85 (Adobe's base-85, Python's `a85encode`): four bytes as five characters from
 * "!" to "u", with or without the `<~ … ~>` frame. One of the encodings red-teaming
 * tools wrap payloads in. A framed block is decoded wherever it is; bare runs of 20 or
 * more such characters only in a text that names the encoding ("Ascii85", "base85",
 * "a85"), since almost any long word or token is made of them and trying each one costs
 * more than all the other decoders together (13.8 ms per MB of prose, measured). Only
 * what decodes to text (looksLikeText, and mostly letters and spaces) is kept. Every
 * character of the decoded text maps to the whole encoded run.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { DECODE_LIMITS } from "./limits";
import { looksLikeText, utf8OrUndefined } from "./printable";

/** A framed block, whitespace allowed inside. */
const FRAMED = /<~[!-u\s]{5,}?~>/g;
/** A bare run between characters outside the alphabet. */
const BARE = /(?<![!-u])[!-u]{20,}(?![!-u])/g;
/** The words that name the encoding, right before a "85". */
const NAME_BEFORE = /(?:ascii|base|a)[\s-]?$/i;

/** Whether the text names Ascii85: each "85" (a native search) is checked for a name before it. */
function namesAscii85(text: string): boolean {
  for (let at = text.indexOf("85"); at >= 0; at = text.indexOf("85", at + 2)) {
    if (NAME_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return true;
  }
  return false;
}
/** Runs decoded per source, as the other run decoders cap theirs. */
const MAX_RUNS = 8;

/** The bytes of an Ascii85 body, or null when it is not one (a character out of range, a lone last character). */
function decode(body: string): Uint8Array | null {
  const digits = body.replace(/\s+/g, "");
  if (digits.length % 5 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < digits.length; i += 5) {
    const group = digits.slice(i, i + 5);
    const padded = group.padEnd(5, "u");
    let value = 0;
    for (let k = 0; k < 5; k++) {
      const digit = padded.charCodeAt(k) - 0x21;
      if (digit < 0 || digit > 84) return null;
      value = value * 85 + digit;
    }
    if (value > 0xffffffff) return null;
    for (let k = 0; k < group.length - 1; k++) bytes.push((value >>> (24 - 8 * k)) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** Mostly letters and spaces, as words are: a decoded run of punctuation is noise. */
function readsAsWords(text: string): boolean {
  let wordy = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || c === 0x20) wordy++;
  }
  return wordy * 10 >= text.length * 7;
}

/** One decoded view per Ascii85 block or run of the source that decodes to words. */
export function decodeAscii85(source: TextView, meter: WorkMeter): TextView[] {
  const text = source.text;
  const run = text.includes("<~") ? FRAMED : namesAscii85(text) ? BARE : null;
  if (run === null) return [];
  meter.add(text.length);
  const views: TextView[] = [];
  run.lastIndex = 0;
  for (let m = run.exec(text); m !== null && views.length < MAX_RUNS; m = run.exec(text)) {
    const encoded = m[0].slice(0, DECODE_LIMITS.maxBlobChars);
    const bytes = decode(run === FRAMED ? encoded.slice(2, -2) : encoded);
    if (bytes === null) continue;
    meter.add(encoded.length);
    const decoded = utf8OrUndefined(bytes);
    if (decoded === undefined || !looksLikeText(decoded) || !readsAsWords(decoded)) continue;
    const writer = new ViewWriter(decoded.length);
    writer.push(decoded, rawStartOf(source, m.index), rawEndOf(source, m.index + m[0].length - 1));
    views.push(writer.finish("decoded:ascii85", "raw", 0.95, source.depth + 1));
  }
  return views;
}
