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
const ANY_DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** Whether one code point renders as nothing (see DEFAULT_IGNORABLE). */
export function isDefaultIgnorable(cp: number): boolean {
  return cp >= 0x80 && DEFAULT_IGNORABLE.test(String.fromCodePoint(cp));
}

/** Whether the text holds any such code point. */
export function hasDefaultIgnorable(text: string): boolean {
  return ANY_DEFAULT_IGNORABLE.test(text);
}

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

/** True when the string contains anything outside ASCII (the fast paths need this). */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The code units of a regex's `\w` without the `u` or `i` flag: A-Z, a-z, 0-9 and `_` (what `\b` looks at). */
export function isAsciiWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f;
}

/** The code units of a regex's `\s` (ECMA-262 WhiteSpace and LineTerminator), for loops that read units one by one. */
export function isWhitespaceUnit(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** A-Z or a-z, for raw text whose case is kept. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** a-z only: the views fold case first, so this is the "Latin letter" test after folding. */
export function isLowerAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

const BASE_CACHE = new Map<number, string>();

/**
 * The code point without its diacritics: canonical decomposition (NFD) with combining
 * marks dropped, so "ç" → "c" and "é" → "e"; a lone combining mark becomes "".
 */
export function stripMarks(cp: number): string {
  if (cp < 0xc0) return String.fromCodePoint(cp);
  const cached = BASE_CACHE.get(cp);
  if (cached !== undefined) return cached;
  const base = String.fromCodePoint(cp).normalize("NFD").replace(/\p{M}/gu, "");
  if (BASE_CACHE.size < CACHE_LIMIT) BASE_CACHE.set(cp, base);
  return base;
}
