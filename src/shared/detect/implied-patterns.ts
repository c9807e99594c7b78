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
import { globalRegex } from "./compiled-signature";
import { requirementKey } from "./required-literals";
import { hasShortTokenStretch } from "./short-token-stretch";
import { isAsciiWordUnit } from "./unicode/char-classes";
import { PROVIDER_TOKEN } from "./signatures/secrets";

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

/**
 * sec.provider-token.v1. Every branch but the Slack webhook is one unbroken run of
 * `[A-Za-z0-9_.~-]`: a prefix of two or more of those characters ("hf_", "r8_", "SG.")
 * and then 16 or more, or longer fixed shapes (Twilio SIDs, Discord and age tokens), so a
 * match holds a run of at least 19. The webhook branch holds its host name. Prose words
 * are far shorter; the regex, whose branches start at every word boundary, tries every
 * word.
 */
const TOKEN_RUN = 19;

function isTokenUnit(code: number): boolean {
  return isAsciiWordUnit(code) || code === 0x2e || code === 0x7e || code === 0x2d;
}

/**
 * Whether `text` has TOKEN_RUN units of the token class in a row (or the webhook host).
 * A run that long covers one of every TOKEN_RUN-th units, so only those are probed, and
 * each probe that lands in a word reads just that word.
 * Written out rather than through `forEachLongRun`, whose per-unit callbacks cost as much
 * as the regex this test stands in for.
 */
function hasTokenRun(text: string): boolean {
  const length = text.length;
  let low = 0;
  while (low + TOKEN_RUN <= length) {
    const probe = low + TOKEN_RUN - 1;
    if (!isTokenUnit(text.charCodeAt(probe))) {
      low = probe + 1;
      continue;
    }
    let start = probe;
    while (start > low && isTokenUnit(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < length && end - start < TOKEN_RUN && isTokenUnit(text.charCodeAt(end))) end++;
    if (end - start >= TOKEN_RUN) return true;
    low = end + 1;
  }
  return text.includes("hooks.slack.com");
}

export const IMPLIED_PATTERNS: ReadonlyMap<string, ImpliedTest> = new Map([
  ["g/(?:\\S{1,2}\\s{1,3}){40,}", { test: (text: string) => hasShortTokenStretch(text, TOKEN_FLOOD_SPAN) && TOKEN_FLOOD.test(text) }],
  [requirementKey(globalRegex(PROVIDER_TOKEN)), { test: hasTokenRun }],
]);

/** The implied test of a signature regex, or null when none is known. */
export function impliedPattern(regex: RegExp): ImpliedTest | null {
  return IMPLIED_PATTERNS.get(requirementKey(regex)) ?? null;
}
