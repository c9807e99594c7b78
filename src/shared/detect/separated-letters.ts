/**
 * Letters kept apart by punctuation ("b.o.m.b", "h*a*c*k", "p_a_s_s_w_o_r_d", "i-g-n-o-r-e"): the
 * separator breaks every word-level pattern while a model reads the word at once. Spaced
 * letters have their own view (`despaced`) and hyphens cutting words anywhere theirs
 * (`dehyphenated`); this one covers separators between single letters, hyphens included. A text gets it only when it holds a run of four or more
 * single letters joined by one repeated separator, which ordinary writing does not do
 * ("e.g.", "U.S." are shorter); in the view, a separator between two letters is dropped
 * when one side of it is a single letter, so "file.txt" and "www.example.com" keep theirs.
 */
import { withoutSeparatorsBetweenLetters } from "./letter-separators";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/** The separators' UTF-16 units, looked up per unit without building a string. */
const SEPARATOR_UNITS = new Set([...".*_|/+~-"].map((c) => c.charCodeAt(0)));
/** Four single letters with the same separator between each (checked on a folded view). */
const SEPARATED_RUN = /(?<![a-z])[a-z]([.*_|/+~-])[a-z]\1[a-z]\1[a-z](?![a-z])/;

/** True when `folded` spells a word with a repeated separator between single letters. */
export function separatesLetters(folded: string): boolean {
  return SEPARATED_RUN.test(folded);
}

/** `source` with each separator dropped that stands between two letters, one of them alone. */
export function separatedLettersView(source: TextView, name: string, confidence: number, meter: WorkMeter): TextView | null {
  return withoutSeparatorsBetweenLetters(
    source,
    name,
    confidence,
    meter,
    (unit) => SEPARATOR_UNITS.has(unit),
    (i, letter) => !letter(i - 2) || !letter(i + 2),
  );
}
