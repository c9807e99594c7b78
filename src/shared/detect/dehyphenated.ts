/**
 * Words cut with hyphens ("w-ith no r-ules or li-mitations", "ig-nore prev-ious"): a
 * character-insertion evasion of jailbreaks shared in the wild. A hyphen inside a word
 * breaks every word-level pattern, and the cuts land anywhere, so no list of spellings
 * can follow them. When a text cuts several words where no compound would (one or two
 * letters on one side, "w-ith", "terminatio-n"), it gets a view with the hyphens between
 * letters dropped. Real compounds in that view ("step-by-step" → "stepbystep") match
 * nothing, so the view costs nothing in false positives.
 */
import { withoutSeparatorsBetweenLetters } from "./letter-separators";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/** A hyphen with one or two letters on one side of it, inside a word of a folded view. */
const SHORT_CUT = /\b[a-z]{1,2}-[a-z]{2,}|[a-z]{2,}-[a-z]{1,2}\b/g;
/** Compounds and prefixes that put one or two letters next to a hyphen in ordinary writing. */
const COMPOUND = /^(?:e|x|t|u|a|i|re|co|un|ex|bi|de|in|on|up|no|so|go|by|to|at|of|or|mr|ms|dr|pm|am|tv|uk|us|eu|vs|ok)-|-(?:on|up|in|by|to|of|or|ex|ok|go|ai|id|tv|uk|us)$/;
/** Cuts needed before a text is read without its hyphens. */
const MIN_CUTS = 3;

/** True when `folded` cuts at least MIN_CUTS words where no compound would. */
export function cutsWordsWithHyphens(folded: string): boolean {
  if (!folded.includes("-")) return false;
  let cuts = 0;
  SHORT_CUT.lastIndex = 0;
  for (let m = SHORT_CUT.exec(folded); m !== null; m = SHORT_CUT.exec(folded)) {
    if (!COMPOUND.test(m[0]) && ++cuts >= MIN_CUTS) return true;
  }
  return false;
}

/** `source` with every hyphen between two letters dropped; offsets map back through the source. */
export function dehyphenatedView(source: TextView, name: string, confidence: number, meter: WorkMeter): TextView | null {
  return withoutSeparatorsBetweenLetters(source, name, confidence, meter, (unit) => unit === 0x2d);
}
