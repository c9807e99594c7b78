/**
 * Text turned upside down ("uǝʌᴉƃ ǝɹǝʍ noʎ ʇxǝʇ"): written backwards with each letter
 * swapped for the IPA or Latin letter that looks like it rotated half a turn, as the
 * "upside-down text" generators do. A model reads it; no word-level pattern does. A text
 * with three or more distinct rotated letters gets a view that turns each line back:
 * reversed, and the rotated letters mapped to the letters they stand for. Raw offsets are
 * kept per character.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

/**
 * Rotated look-alikes and the letters they stand for, in pairs; ASCII letters that rotate
 * into another (d↔p, b↔q, n↔u) included.
 */
const ROTATED = new Map<string, string>(
  [..."ɐaɔcǝeɟfƃgɥhᴉiɾjʞkɯmɹrʇtʌvʍwʎy∀aƆcƎeℲfפgſjꓘk˥lԀpᴚr⊥t∩uΛv⅄ydppdbqqbnuun"].reduce<Array<[string, string]>>(
    (pairs, char, i, chars) => (i % 2 === 0 ? [...pairs, [char, chars[i + 1] as string]] : pairs),
    [],
  ),
);
/** The rotated letters no ordinary text uses as letters (IPA in running text is rare; phonetics notes use it sparingly). */
const MARKERS = /[ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ∀ƆƎℲ⅄ꓘ˥ᴚ]/g;
const MIN_DISTINCT_MARKERS = 3;

/** The text turned the right way up, or null when it shows no sign of being upside down. */
export function decodeUpsideDown(source: TextView, meter: WorkMeter): TextView | null {
  const text = source.text;
  MARKERS.lastIndex = 0;
  const distinct = new Set<string>();
  for (let m = MARKERS.exec(text); m !== null && distinct.size < MIN_DISTINCT_MARKERS; m = MARKERS.exec(text)) distinct.add(m[0]);
  if (distinct.size < MIN_DISTINCT_MARKERS) return null;
  meter.add(text.length * 2);
  const writer = new ViewWriter(text.length);
  // Line by line, last line first: the whole text was rotated, so its first line is at the bottom.
  const lines = text.split("\n");
  let lineEnd = text.length;
  for (let l = lines.length - 1; l >= 0; l--) {
    const line = lines[l] as string;
    const lineStart = lineEnd - line.length;
    const units = Array.from(line);
    let offset = lineEnd;
    for (let k = units.length - 1; k >= 0; k--) {
      const unit = units[k] as string;
      offset -= unit.length;
      writer.push(ROTATED.get(unit) ?? unit, rawStartOf(source, offset), rawEndOf(source, offset + unit.length - 1));
    }
    if (l > 0) writer.push("\n", rawStartOf(source, lineStart - 1), rawEndOf(source, lineStart - 1));
    lineEnd = lineStart - 1;
  }
  return writer.finish("decoded:upside-down", "raw", 0.9, source.depth + 1);
}
