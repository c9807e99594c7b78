/**
 * Folded views known to be the lowercase of an ASCII raw-kind view, as views.ts builds
 * them for ASCII text (NFKC changes no ASCII character). The scan pairs such views for
 * one fused literal pass (scan.ts `pairedScans`); knowing the pair, it neither checks the
 * raw text for non-ASCII characters nor lowercases and compares it again, two reads of a
 * text that may be a megabyte long. Views are never written to, and the entries go with them.
 */
import type { TextView } from "./view-builder";

const LOWERCASE_OF = new WeakMap<TextView, TextView>();

/** Records that `folded.text` is `raw.text` lowercased and that `raw.text` is pure ASCII. */
export function recordAsciiLowercase(folded: TextView, raw: TextView): void {
  LOWERCASE_OF.set(folded, raw);
}

/** Whether `recordAsciiLowercase(folded, raw)` was called. */
export function isAsciiLowercaseOf(folded: TextView, raw: TextView): boolean {
  return LOWERCASE_OF.get(folded) === raw;
}
