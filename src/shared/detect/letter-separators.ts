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

/** A space or a hyphen: what cuts a word in two for `withoutCutsAt`. */
const isCut = (unit: number): boolean => unit === 0x20 || unit === 0x2d;

/**
 * `source` without the spaces or hyphens at `cuts` (offsets into `source`), as a view of
 * `kind`: for split words and split keys, whose scans decide which cuts split a word or a key.
 */
export function withoutCutsAt(source: TextView, cuts: ReadonlySet<number>, name: string, kind: TextView["kind"], confidence: number, meter: WorkMeter): TextView | null {
  return transformView(source, name, kind, confidence, meter, (cp, i) => (isCut(cp) && cuts.has(i) ? "" : undefined), { visit: isCut });
}
