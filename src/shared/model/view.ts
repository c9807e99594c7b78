/**
 * The text the model reads: raw input folded (NFKC, lowercase, invisible characters
 * dropped, tag characters and base64 payloads decoded in place, letter spacing,
 * homoglyphs, leetspeak and announced ROT13 undone, whitespace collapsed), with a map
 * from every view character back to its raw span. Evasion transforms then produce
 * (nearly) the same view as the plain text, which is what makes the model robust to
 * them without having to learn each trick.
 */
import { findBase64Runs } from "./base64-runs";
import { type CharBuffer, emptyBuffer, pushString } from "./char-buffer";
import { foldCodePoint } from "./fold";
import { collapseLetterSpacing, collapseWhitespace, foldConfusables, foldLeetspeak, foldRot13 } from "./token-folds";

export interface ModelView {
  text: string;
  /** Raw UTF-16 offset where the source of view unit `i` starts. */
  starts: Int32Array;
  /** Raw UTF-16 offset where the source of view unit `i` ends (exclusive). */
  ends: Int32Array;
}

export function buildModelView(raw: string): ModelView {
  let buffer = foldRaw(raw);
  buffer = collapseWhitespace(collapseLetterSpacing(buffer));
  foldConfusables(buffer);
  foldLeetspeak(buffer);
  let text = codesToString(buffer.codes);
  if (foldRot13(buffer, text)) text = codesToString(buffer.codes);
  return { text, starts: Int32Array.from(buffer.starts), ends: Int32Array.from(buffer.ends) };
}

/** Per-code-point folds, with decoded base64 runs spliced in where they stood. */
function foldRaw(raw: string): CharBuffer {
  const buffer = emptyBuffer();
  const runs = findBase64Runs(raw);
  let next = 0;
  let i = 0;
  while (i < raw.length) {
    const run = runs[next];
    if (run !== undefined && run.start === i) {
      // Spaces around the payload keep its first and last words apart from the carrier's.
      pushString(buffer, " ", run.start, run.end);
      for (const ch of run.text) pushString(buffer, foldCodePoint(ch.codePointAt(0) ?? 0), run.start, run.end);
      pushString(buffer, " ", run.start, run.end);
      i = run.end;
      next++;
      continue;
    }
    const cp = raw.codePointAt(i) ?? 0;
    if (cp >= 0x20 && cp < 0x7f) {
      // Printable ASCII fast path (most traffic): lowercase without building strings.
      buffer.codes.push(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
      buffer.starts.push(i);
      buffer.ends.push(i + 1);
      i++;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    pushString(buffer, foldCodePoint(cp), i, i + width);
    i += width;
  }
  return buffer;
}

function codesToString(codes: readonly number[]): string {
  let out = "";
  // fromCharCode with a spread argument list is bounded by the engine's argument limit.
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}
