/**
 * Per-code-point normalization used by the views. Each code point is normalized on its
 * own (not the whole string) so that every output character maps back to exactly one
 * raw code point; the price is that canonical composition across characters is lost,
 * which is why combining marks are stripped in a later view instead.
 */

// Default_Ignorable_Code_Point (Unicode DerivedCoreProperties): zero-width space/joiners,
// soft hyphen, bidi controls, variation selectors, tag characters, Hangul fillers. They
// render as nothing, so attackers sprinkle them inside keywords.
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
// General category M (Mn, Mc, Me): combining marks stacked on a base letter ("ì", Zalgo).
const COMBINING_MARK = /^\p{M}$/u;

const NORMALIZED_CACHE = new Map<number, string>();
const CACHE_LIMIT = 20_000;

/** NFKC then lowercase of one code point; "" for default-ignorable code points. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  const cached = NORMALIZED_CACHE.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  const folded = DEFAULT_IGNORABLE.test(ch) ? "" : ch.normalize("NFKC").toLowerCase();
  if (NORMALIZED_CACHE.size < CACHE_LIMIT) NORMALIZED_CACHE.set(cp, folded);
  return folded;
}

const MARK_CACHE = new Map<number, boolean>();

/** True for combining marks (general category M). */
export function isCombiningMark(cp: number): boolean {
  if (cp < 0x300) return false;
  let mark = MARK_CACHE.get(cp);
  if (mark === undefined) {
    mark = COMBINING_MARK.test(String.fromCodePoint(cp));
    if (MARK_CACHE.size < CACHE_LIMIT) MARK_CACHE.set(cp, mark);
  }
  return mark;
}

/** True when the string contains anything outside ASCII (the fast paths need this). */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** a-z only: the views fold case first, so this is the "Latin letter" test after folding. */
export function isLowerAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}
