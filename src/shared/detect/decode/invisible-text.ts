/**
 * Text hidden in invisible code points:
 * - Unicode tag characters U+E0020..U+E007E mirror printable ASCII (U+E0000 + code) and
 *   render as nothing outside emoji flag tag sequences, so "ASCII smuggling" writes whole
 *   instructions with them.
 * - Variation selectors VS1..VS16 (U+FE00..U+FE0F) and VS17..VS256 (U+E0100..U+E01EF)
 *   can carry one byte each (0..15 and 16..255) after a visible base character.
 * Both are decoded into a view of their own; each decoded character maps to the
 * invisible code point(s) that carried it.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { looksLikeText, utf8OrUndefined } from "./printable";

const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007e;
/** Fewer hidden characters than this cannot spell an instruction. */
const MIN_HIDDEN = 4;

/** The ASCII text spelled by tag characters, or null when there is none to speak of. */
export function decodeTagCharacters(source: TextView, meter: WorkMeter): TextView | null {
  const text = source.text;
  meter.add(text.length);
  const writer = new ViewWriter(64);
  let count = 0;
  let previousEnd = -1;
  // Every tag character starts with the high surrogate U+DB40: a native search jumps between them.
  for (let i = text.indexOf("\udb40"); i >= 0; i = text.indexOf("\udb40", i + 1)) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp < TAG_FIRST || cp > TAG_LAST) continue;
    // Separate runs so words from two hidden runs do not fuse.
    if (previousEnd >= 0 && previousEnd !== i) writer.pushUnit(0x20, rawStartOf(source, i), rawStartOf(source, i));
    writer.pushUnit(cp - 0xe0000, rawStartOf(source, i), rawEndOf(source, i + 1));
    count++;
    previousEnd = i + 2;
  }
  return count >= MIN_HIDDEN ? writer.finish("decoded:tags", "raw", 1, source.depth + 1) : null;
}

function selectorByte(cp: number): number {
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp - 0xfe00;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return cp - 0xe0100 + 16;
  return -1;
}

/** VS1..VS16, and VS17..VS256 as surrogate pairs: a native scan finds them in the text. */
const SELECTOR = /[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]/g;

/** Bytes smuggled in runs of variation selectors, decoded as UTF-8, or null. */
export function decodeVariationSelectors(source: TextView, meter: WorkMeter): TextView | null {
  const text = source.text;
  meter.add(text.length);
  const bytes: number[] = [];
  let runStart = -1;
  let runEnd = -1;
  SELECTOR.lastIndex = 0;
  for (let m = SELECTOR.exec(text); m !== null; m = SELECTOR.exec(text)) {
    const cp = m[0].codePointAt(0) ?? 0;
    if (runStart < 0) runStart = m.index;
    runEnd = m.index + m[0].length;
    bytes.push(selectorByte(cp));
  }
  if (bytes.length < MIN_HIDDEN) return null;
  const decoded = utf8OrUndefined(Uint8Array.from(bytes));
  if (decoded === undefined || !looksLikeText(decoded)) return null;
  const writer = new ViewWriter(decoded.length);
  writer.push(decoded, rawStartOf(source, runStart), rawEndOf(source, runEnd - 1));
  return writer.finish("decoded:variation-selectors", "raw", 1, source.depth + 1);
}
