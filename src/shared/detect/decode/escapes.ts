/**
 * Undoes textual escapes in place: JavaScript/JSON `\uXXXX`, `\u{X…}`, `\xXX`, URL
 * percent-encoding `%XX` (RFC 3986 §2.1) and HTML numeric character references
 * (`&#105;`, `&#x69;`). Each decoded character maps to its own escape sequence in the
 * raw text, so offsets stay exact.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

const ESCAPE = /\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|%([0-9a-fA-F]{2})|&#[xX]([0-9a-fA-F]{1,6});|&#([0-9]{1,7});/g;
/** Fewer escapes than this are incidental ("100%20" in a URL, one `\n`-style literal). */
const MIN_ESCAPES = 3;

function codePointOf(m: RegExpExecArray): number {
  const hex = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
  return hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(m[6] ?? "0", 10);
}

/** The source with escapes decoded, or null when it holds fewer than three. */
export function decodeEscapes(source: TextView, meter: WorkMeter): TextView | null {
  const text = source.text;
  meter.add(text.length);
  ESCAPE.lastIndex = 0;
  const matches: RegExpExecArray[] = [];
  for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) matches.push(m);
  if (matches.length < MIN_ESCAPES) return null;
  const writer = new ViewWriter(text.length);
  let cursor = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) writer.pushUnit(text.charCodeAt(i), rawStartOf(source, i), rawEndOf(source, i));
  };
  for (const m of matches) {
    copy(cursor, m.index);
    const end = m.index + m[0].length;
    const cp = codePointOf(m);
    const valid = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    writer.push(valid ? String.fromCodePoint(cp) : m[0], rawStartOf(source, m.index), rawEndOf(source, end - 1));
    cursor = end;
  }
  copy(cursor, text.length);
  return writer.finish("decoded:escape", "raw", 0.95, source.depth + 1);
}
