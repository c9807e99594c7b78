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
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
// Byte pairs, optionally separated by one space or colon ("69 67 6e", "69:67:6e").
const HEX_RUN = /(?:[0-9a-fA-F]{2}[ :]?){8,}/g;

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
  const tryRun = (kind: DecodedBlob["kind"], pattern: RegExp): void => {
    pattern.lastIndex = 0;
    meter.add(text.length);
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (found.length >= DECODE_LIMITS.maxBlobsPerView || budget.remaining <= 0) return;
      const key = `${kind}:${rawStartOf(source, m.index)}:${rawEndOf(source, m.index + m[0].length - 1)}`;
      if (budget.seen.has(key)) continue;
      budget.seen.add(key);
      const run = m[0].slice(0, DECODE_LIMITS.maxBlobChars);
      // A hex run that is all digits is a number, and base64 runs without any digit or
      // case mix are ordinary long words: neither is worth decoding.
      if (kind === "hex" && !/[a-fA-F]/.test(run) && run.length < 24) continue;
      if (kind === "base64" && !/[A-Z]/.test(run) && !/[0-9]/.test(run)) continue;
      const bytes = kind === "base64" ? decodeBase64(run) : decodeHex(run);
      if (bytes === undefined) continue;
      meter.add(run.length);
      const decoded = utf8OrUndefined(bytes);
      if (decoded === undefined || !looksLikeText(decoded)) continue;
      const granted = budget.take(decoded.length);
      found.push({ kind, view: blobView(decoded.slice(0, granted), source, m.index, m.index + m[0].length, kind) });
    }
  };
  tryRun("base64", BASE64_RUN);
  tryRun("hex", HEX_RUN);
  return found;
}
