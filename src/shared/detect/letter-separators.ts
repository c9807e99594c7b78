/**
 * Views that drop a separator standing between two letters: hyphens cut into words
 * (`dehyphenated.ts`) and punctuation between single letters (`separated-letters.ts`).
 * Offsets map back through the source view.
 */
import { isLowerAsciiLetter } from "./unicode/char-classes";
import { type TextView, transformView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/**
 * `source` with every `isSeparator` unit dropped that has a letter on both sides and
 * passes `alsoDrop` (given the unit's index and a letter test over the source).
 */
export function withoutSeparatorsBetweenLetters(
  source: TextView,
  name: string,
  confidence: number,
  meter: WorkMeter,
  isSeparator: (unit: number) => boolean,
  alsoDrop: (i: number, letter: (j: number) => boolean) => boolean = () => true,
): TextView | null {
  const text = source.text;
  const letter = (j: number): boolean => isLowerAsciiLetter(text.charCodeAt(j));
  return transformView(
    source,
    name,
    "folded",
    confidence,
    meter,
    (cp, i) => (isSeparator(cp) && letter(i - 1) && letter(i + 1) && alsoDrop(i, letter) ? "" : undefined),
    { visit: isSeparator },
  );
}

/**
 * `source` without the spaces at `spaces` (offsets into `source`), as a view of `kind`:
 * for split words and split keys, whose scans decide which spaces cut a word or a key.
 */
export function withoutSpacesAt(source: TextView, spaces: ReadonlySet<number>, name: string, kind: TextView["kind"], confidence: number, meter: WorkMeter): TextView | null {
  return transformView(source, name, kind, confidence, meter, (cp, i) => (cp === 0x20 && spaces.has(i) ? "" : undefined), { visit: (unit) => unit === 0x20 });
}
