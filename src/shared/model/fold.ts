/**
 * Per-code-point folding for the model view: NFKC + lowercase, invisible characters
 * dropped, Unicode tag characters read as the ASCII they mirror, all whitespace reduced
 * to a space or a newline. Per code point (not per string) so every output unit maps to
 * one raw code point.
 *
 * Temporary: the engine's views (src/shared/detect/views.ts) will own these folds; this
 * module is the seam to swap once they land, so the model and the signatures see the
 * same text.
 */

// Default_Ignorable_Code_Point: zero-width space/joiners, soft hyphen, bidi controls,
// variation selectors. They render as nothing, so attackers sprinkle them in keywords.
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const LINE_BREAK = /^[\n\r\v\f\u0085\u2028\u2029]$/u;
const WHITESPACE = /^\s$/u;

// Tag characters U+E0020-E007E mirror printable ASCII and render invisibly ("tag
// smuggling"): read them as the text they hide instead of dropping them.
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007e;

const CACHE = new Map<number, string>();
const CACHE_LIMIT = 20_000;

/** The view text of one code point: "" (dropped), " ", "\n", or its NFKC lowercase form. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    if (cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c) return "\n";
    if (cp === 0x09) return " ";
    return cp < 0x20 || cp === 0x7f ? "" : String.fromCharCode(cp);
  }
  if (cp >= TAG_FIRST && cp <= TAG_LAST) return foldCodePoint(cp - 0xe0000);
  const cached = CACHE.get(cp);
  if (cached !== undefined) return cached;
  const folded = foldUncached(String.fromCodePoint(cp));
  if (CACHE.size < CACHE_LIMIT) CACHE.set(cp, folded);
  return folded;
}

function foldUncached(ch: string): string {
  if (DEFAULT_IGNORABLE.test(ch)) return "";
  if (LINE_BREAK.test(ch)) return "\n";
  if (WHITESPACE.test(ch)) return " ";
  // NFKC can produce spaces (U+3000 ideographic space → " "), keep them plain spaces.
  return ch.normalize("NFKC").toLowerCase().replace(/\s/gu, " ");
}
