/**
 * Undoes textual escapes in place: JavaScript/JSON `\uXXXX`, `\u{X…}`, `\xXX`, URL
 * percent-encoding `%XX` (RFC 3986 §2.1) and HTML numeric character references
 * (`&#105;`, `&#x69;`). Each decoded character maps to its own escape sequence in the
 * raw text, so offsets stay exact.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

const ESCAPE = /\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|%([0-9a-fA-F]{2})|&#[xX]([0-9a-fA-F]{1,6});|&#([0-9]{1,7});/g;
/** Fewer escapes than this in a cluster are incidental ("100%20" in a URL). */
const MIN_ESCAPES = 3;

function codePointOf(m: RegExpExecArray): number {
  const hex = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
  return hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(m[6] ?? "0", 10);
}

/**
 * Escapes further apart than this belong to different clusters. Wide enough for a word
 * between two encoded spaces ("ignore%20instructions%20"), so a sentence whose spaces
 * alone are escaped is one cluster.
 */
const MAX_GAP = 24;
/** Plain word characters read on either side of a cluster (its first and last word). */
const EDGE_REACH = 32;

/**
 * Decoded views of the escape clusters of `source`: runs of at least three escapes no
 * more than eight characters apart ("\\u0069\\u0067", "ignore%20all%20previous"),
 * each decoded in place with its plain characters kept. Only the clusters are copied,
 * so a long text with a few escapes costs little.
 */
export function decodeEscapes(source: TextView, meter: WorkMeter): TextView[] {
  const text = source.text;
  meter.add(text.length);
  ESCAPE.lastIndex = 0;
  const clusters: RegExpExecArray[][] = [];
  let current: RegExpExecArray[] = [];
  let lastEnd = -MAX_GAP - 1;
  for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) {
    if (m.index - lastEnd > MAX_GAP) {
      if (current.length >= MIN_ESCAPES) clusters.push(current);
      current = [];
    }
    current.push(m);
    lastEnd = m.index + m[0].length;
  }
  if (current.length >= MIN_ESCAPES) clusters.push(current);
  return clusters.map((cluster) => decodeCluster(source, cluster));
}

function decodeCluster(source: TextView, cluster: readonly RegExpExecArray[]): TextView {
  const text = source.text;
  const first = cluster[0] as RegExpExecArray;
  const writer = new ViewWriter(64);
  // Plain letters right before the first escape belong to the same word ("ignore%20all").
  let cursor = first.index;
  while (cursor > 0 && first.index - cursor < EDGE_REACH && /\w/.test(text[cursor - 1] ?? "")) cursor--;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) writer.pushUnit(text.charCodeAt(i), rawStartOf(source, i), rawEndOf(source, i));
  };
  for (const m of cluster) {
    copy(cursor, m.index);
    const end = m.index + m[0].length;
    const cp = codePointOf(m);
    const valid = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    writer.push(valid ? String.fromCodePoint(cp) : m[0], rawStartOf(source, m.index), rawEndOf(source, end - 1));
    cursor = end;
  }
  // Plain letters right after the last escape belong to the same word ("\\u0069gnore").
  let tail = cursor;
  while (tail < text.length && tail - cursor < EDGE_REACH && /[\w\s]/.test(text[tail] ?? "")) tail++;
  copy(cursor, tail);
  return writer.finish("decoded:escape", "raw", 0.95, source.depth + 1);
}
