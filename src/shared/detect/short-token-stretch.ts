/**
 * Where a flood of short tokens ("a b c d …", ") ] } ) ] }") could be: stretches of
 * text in which no run of non-whitespace is longer than two units. Prose has none long:
 * almost every word is three letters or more.
 */
import { forEachLongRun } from "./long-runs";
import { isWhitespaceUnit } from "./unicode/char-classes";

/** Whether unit `at` of `text` exists and is non-whitespace (as `\S` reads it). */
function isSolid(text: string, at: number): boolean {
  return at >= 0 && at < text.length && !isWhitespaceUnit(text.charCodeAt(at));
}

/** Whether unit `at` of `text` is non-whitespace in a run of three or more such units. */
function inLongToken(text: string, at: number): boolean {
  if (!isSolid(text, at)) return false;
  const before = isSolid(text, at - 1);
  const after = isSolid(text, at + 1);
  return (before && after) || (before && isSolid(text, at - 2)) || (after && isSolid(text, at + 2));
}

const LONG_TOKEN = /\S{3,}/g;

/** True when `text` has `length` consecutive units none of which is in a run of three or more non-whitespace units. */
export function hasShortTokenStretch(text: string, length: number): boolean {
  let found = false;
  const stretches = {
    inRun: (at: number) => !inLongToken(text, at),
    // From a unit in no long token, the next one in a long token is where the next run of three or more non-spaces starts.
    runEnd: (from: number) => {
      LONG_TOKEN.lastIndex = from;
      return LONG_TOKEN.exec(text)?.index ?? text.length;
    },
  };
  forEachLongRun(text.length, length, stretches, () => (found = true));
  return found;
}
