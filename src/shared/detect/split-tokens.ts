/**
 * Keys and tokens split by spaces ("hf_KjH tiLyX", "AKIAIO SFODNN7…"): a data-loss
 * filter reads a key whole or not at all, and a space inside one hides it from every
 * key format while a person or a model joins it back at once. `rejoined` (split-words.ts)
 * puts words back together from a vocabulary; a key's fragments are no words, so here
 * the cue is the token itself. A single space between two letters is dropped when the
 * stretch of token characters before it already looks like a key (letters and digits
 * mixed, a capital inside lowercase, an underscore, a run of capitals, or a URL's
 * "://"), and so is every such space after it until the stretch ends: "hf_KjH tiLyX
 * ujmip xOfh" is one token again. Prose has no such
 * stretch, so its spaces stay ("Hello World"; "token hf_…" keeps the word before the
 * key apart, and with it the key's leading `\b`). The view feeds only the secret
 * signatures, whose formats still decide what a key is.
 */
import type { Category } from "../schemas/common";
import { isAsciiLetter } from "./unicode/char-classes";
import { type TextView, transformView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/** The view's name (a decoded text's is `decoded:<kind>+joined-keys`). */
export const JOINED_KEYS_VIEW = "joined-keys";

/** Only key formats read the view: joined fragments mean nothing to the other categories. */
const READERS: readonly Category[] = ["secret"];

/** Units keys are written with: letters, digits and `_ - . ~ + / = :`. */
function isTokenUnit(unit: number): boolean {
  return (
    isAsciiLetter(unit) ||
    isDigit(unit) ||
    unit === 0x5f || unit === 0x2d || unit === 0x2e || unit === 0x7e || unit === 0x2b || unit === 0x2f || unit === 0x3d || unit === 0x3a
  );
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function isUpper(unit: number): boolean {
  return unit >= 0x41 && unit <= 0x5a;
}

function isLower(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

/** `.`, `:` or `/`: what ties the parts of a host, path or URL. */
function isLink(unit: number): boolean {
  return unit === 0x2e || unit === 0x3a || unit === 0x2f;
}

/** Whether `text[i]` ends "://": a URL, whose host and path a split cuts like a key's. */
function isSchemeEnd(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2f && text.charCodeAt(i - 1) === 0x2f && text.charCodeAt(i - 2) === 0x3a;
}

/** Capitals in a row that make a fragment look like a key ("AKIAIO"); an acronym does too, harmlessly. */
const CAPITALS_RUN = 4;

/** A fragment that looks like part of a key by itself (see the module comment). */
const STRONG = 1;
/** A fragment whose parts `.`, `:` or `/` tie, as a URL's host and path: it carries a key's run on, never starts one. */
const TIED = 2;

/**
 * Which spaces to drop in one stretch of fragments (`stretch` holds, per fragment, its
 * flags and the offset of the space after it). A run starts at a strong fragment and
 * takes in the next one when that one is strong or tied, or is followed by a strong one:
 * one plain fragment inside a key ("LyXDy ujmip xOfh") joins, the plain words after a
 * key ("…Kr3Tz to log in") do not.
 */
function dropInStretch(stretch: readonly number[], spaces: Set<number>): void {
  const fragments = stretch.length / 2;
  let joinedToPrevious = false;
  for (let k = 0; k + 1 < fragments; k++) {
    const next = stretch[2 * k + 2] as number;
    const afterNext = k + 2 < fragments ? (stretch[2 * k + 4] as number) : 0;
    const inRun: boolean = joinedToPrevious || ((stretch[2 * k] as number) & STRONG) !== 0;
    joinedToPrevious = inRun && ((next & (STRONG | TIED)) !== 0 || (afterNext & STRONG) !== 0);
    if (joinedToPrevious) spaces.add(stretch[2 * k + 1] as number);
  }
}

/**
 * The offsets of the single spaces inside keys split by spaces in `text` (case kept),
 * or null when there are none. One pass cuts the text into stretches of fragments
 * (runs of token units) that single spaces between letters connect, noting what each
 * fragment looks like; only a stretch with a strong fragment is looked at again.
 */
export function splitTokenSpaces(text: string, meter: WorkMeter): Set<number> | null {
  meter.add(text.length);
  const spaces = new Set<number>();
  const stretch: number[] = [];
  let stretchHasStrong = false;
  // The fragment being read: its flags so far, and what makes them.
  let flags = 0;
  let length = 0;
  let hasLetter = false;
  let hasDigit = false;
  let capitals = 0;
  // Whether the units since the last alphanumeric one are all links: an alphanumeric unit next ties the fragment.
  let afterLink = false;
  let previous = 0;
  const endFragment = (spaceAfter: number): void => {
    stretch.push(flags, spaceAfter);
    if ((flags & STRONG) !== 0) stretchHasStrong = true;
    flags = length = capitals = 0;
    hasLetter = hasDigit = afterLink = false;
  };
  const endStretch = (): void => {
    if (stretchHasStrong && stretch.length >= 4) dropInStretch(stretch, spaces);
    stretch.length = 0;
    stretchHasStrong = false;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (isTokenUnit(unit)) {
      length++;
      const letter = isAsciiLetter(unit);
      const digit = isDigit(unit);
      if (isLink(unit)) afterLink ||= isAsciiLetter(previous) || isDigit(previous);
      else {
        if (afterLink && (letter || digit)) flags |= TIED;
        afterLink = false;
      }
      hasDigit ||= digit;
      hasLetter ||= letter;
      capitals = isUpper(unit) ? capitals + 1 : 0;
      if ((hasLetter && hasDigit) || (isUpper(unit) && isLower(previous)) || unit === 0x5f || capitals >= CAPITALS_RUN || isSchemeEnd(text, i)) flags |= STRONG;
    } else if (unit === 0x20 && isAsciiLetter(previous) && isAsciiLetter(text.charCodeAt(i + 1))) {
      endFragment(i);
    } else if (length > 0 || stretch.length > 0) {
      if (length > 0) endFragment(-1);
      endStretch();
    }
    previous = unit;
  }
  if (length > 0) endFragment(-1);
  endStretch();
  return spaces.size > 0 ? spaces : null;
}

/** `source` (case kept) with the spaces inside split keys dropped, read by the secret signatures only. */
export function joinedKeysView(source: TextView, spaces: ReadonlySet<number>, name: string, confidence: number, meter: WorkMeter): TextView | null {
  const view = transformView(source, name, "raw", confidence, meter, (cp, i) => (cp === 0x20 && spaces.has(i) ? "" : undefined), { visit: (unit) => unit === 0x20 });
  return view === null ? null : { ...view, categories: READERS };
}
