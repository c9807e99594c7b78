/**
 * Cheaper tests implied by a built-in signature's own pattern, for regexes the literal
 * gates cannot help because no selective literal is required (a flood of short tokens
 * is made of any characters). Wherever the signature's regex matches, its implied test
 * passes too, so a view that fails it holds no match and the signature's regex need
 * not run: skipping it changes no result.
 *
 * Each entry is keyed by the exact flags and source of the compiled regex
 * (`requirementKey`), and the implication is proved for that source alone: a pattern
 * edited later no longer finds its entry and simply runs ungated.
 */
import { requirementKey } from "./required-literals";
import { hasShortTokenStretch } from "./short-token-stretch";

/** A test that every text where the signature's regex matches passes. */
export interface ImpliedTest {
  test(text: string): boolean;
}

/**
 * pi.token-flood.v1. A match is 40 or more items of one or two non-spaces followed by
 * one to three spaces; the last character of the first item is a space, and items 2
 * to 40 follow it, so every match contains this one. Unlike the original, it can
 * only start at a space, and irregexp passes over all other positions after one
 * comparison: about 2.5 times faster on prose.
 */
const TOKEN_FLOOD = /\s(?:\S{1,2}\s{1,3}){39}/;
/**
 * A match of TOKEN_FLOOD spans at least 1 + 39 × 2 units, and each of its items is
 * bounded by spaces inside it, so no run of non-spaces there is longer than two. Prose
 * has no such stretch that long, and finding that out reads only a few of its units.
 */
const TOKEN_FLOOD_SPAN = 79;

export const IMPLIED_PATTERNS: ReadonlyMap<string, ImpliedTest> = new Map([
  ["g/(?:\\S{1,2}\\s{1,3}){40,}", { test: (text: string) => hasShortTokenStretch(text, TOKEN_FLOOD_SPAN) && TOKEN_FLOOD.test(text) }],
]);

/** The implied test of a signature regex, or null when none is known. */
export function impliedPattern(regex: RegExp): ImpliedTest | null {
  return IMPLIED_PATTERNS.get(requirementKey(regex)) ?? null;
}
