/**
 * What one non-ASCII code point becomes in the model view. The Unicode work (NFKC +
 * lowercase, default-ignorables dropped, the confusable table) is the engine's own
 * (src/shared/detect/unicode), so the model and the signatures read text through one
 * set of tables; this module only adds what the model needs on top: tag characters read
 * as the ASCII they mirror (the engine decodes them into a separate view instead) and
 * every kind of whitespace reduced to a space or a newline.
 */
import { foldCodePoint } from "../detect/unicode/char-classes";
import { confusableOf } from "../detect/unicode/confusables";
import { NEWLINE, SPACE } from "./view-buffer";

// Tag characters U+E0020-E007E mirror printable ASCII and render invisibly ("tag
// smuggling"): read them as the text they hide instead of dropping them.
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007e;
const TAG_OFFSET = 0xe0000;

/** The ASCII code a tag character mirrors, or -1. */
export function tagAscii(cp: number): number {
  return cp >= TAG_FIRST && cp <= TAG_LAST ? cp - TAG_OFFSET : -1;
}

/** NFKC + lowercase of a non-ASCII code point ("" when it renders as nothing). */
export function foldNonAscii(cp: number): string {
  return foldCodePoint(cp);
}

/** The ASCII letter code a look-alike imitates (either case, mapped before case folding), or 0. */
export function lookalikeCode(cp: number): number {
  const letter = confusableOf(cp);
  return letter === undefined ? 0 : letter.charCodeAt(0);
}

/**
 * SPACE or NEWLINE for a folded unit that is whitespace, -1 otherwise. NFKC already maps
 * most Unicode spaces to U+0020; line and paragraph separators and NEL survive it.
 */
export function whitespaceKind(unit: number): number {
  if (unit === SPACE || unit === 0x09) return SPACE;
  if (unit === NEWLINE || unit === 0x0d || unit === 0x0b || unit === 0x0c || unit === 0x85 || unit === 0x2028 || unit === 0x2029) return NEWLINE;
  if (unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x202f || unit === 0x205f || unit === 0x3000) return SPACE;
  return -1;
}
