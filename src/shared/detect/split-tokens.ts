/**
 * Keys and tokens split by spaces ("hf_KjH tiLyX", "AKIAIO SFODNN7…"): a data-loss
 * filter reads a key whole or not at all, and a space inside one hides it from every
 * key format while a person or a model joins it back at once. `rejoined` (split-words.ts)
 * puts words back together from a vocabulary; a key's fragments are no words, so here
 * the cue is the token itself. A single space between two letters is dropped when the
 * fragment before it looks like a key (letters and digits mixed, a capital inside
 * lowercase, an underscore, a run of capitals, a URL's "://", an address's "@", or the
 * start of a value after `=` or an opening quote: `token=EAA Rk2…`, `apikey="API-Z NR…"`)
 * or was joined to one, and the fragment after it looks like one too, is tied by `.`,
 * `:`, `/` or `@` (a URL's path, an address's host), or is a single plain fragment before
 * one that does: "hf_KjH tiLyX ujmip xOfh" is one token again, and the plain words after a
 * key ("…Kr3Tz to log in") stay apart. Prose has no such fragment, so its spaces stay
 * ("Hello World"; "token hf_…" keeps the word before the key apart, and with it the key's
 * leading `\b`; a cut inside the first fragment of an unquoted key or an address's name
 * stays a limit). The view feeds only the secret and PII signatures, whose formats still
 * decide what a key or an address is.
 */
import type { Category } from "../schemas/common";
import { withoutCutsAt } from "./letter-separators";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

/** The view's name (a decoded text's is `decoded:<kind>+joined-keys`). */
export const JOINED_KEYS_VIEW = "joined-keys";

/** Only key and address formats read the view: joined fragments mean nothing to the other categories. */
const READERS: readonly Category[] = ["secret", "pii"];

/** What an ASCII unit is to this scan, as bits in UNIT_CLASS; 0 for everything else. */
const TOKEN = 1;
const LETTER = 2;
const DIGIT = 4;
const UPPER = 8;
const LOWER = 16;
/** `.`, `:` or `/`: what ties the parts of a host, path or URL. */
const LINK = 32;
const UNDERSCORE = 64;

/** Units keys are written with (letters, digits and `_ - . ~ + / = :`) and what else each is. */
const UNIT_CLASS = (() => {
  const classes = new Uint8Array(0x80);
  for (let unit = 0x30; unit <= 0x39; unit++) classes[unit] = TOKEN | DIGIT;
  for (let unit = 0x41; unit <= 0x5a; unit++) classes[unit] = TOKEN | LETTER | UPPER;
  for (let unit = 0x61; unit <= 0x7a; unit++) classes[unit] = TOKEN | LETTER | LOWER;
  for (const char of "-~+=") classes[char.charCodeAt(0)] = TOKEN;
  for (const char of ".:/@") classes[char.charCodeAt(0)] = TOKEN | LINK;
  classes[0x5f] = TOKEN | UNDERSCORE;
  return classes;
})();

function classOf(unit: number): number {
  return unit < 0x80 ? (UNIT_CLASS[unit] as number) : 0;
}

/** Capitals in a row that make a fragment look like a key ("AKIAIO"); an acronym does too, harmlessly. */
const CAPITALS_RUN = 4;

/**
 * What any strong fragment holds: a digit, an underscore or a colon (of "://"), or the
 * start of a value after `=` or a quote that follows `=` or `:`; or a capital after a
 * lowercase letter or before three more capitals. Two native scans
 * (a regex that starts at a capital skips prose's lowercase letters at once).
 */
const STRONG_CUES: readonly RegExp[] = [/[=:] ?["'`](?=[A-Za-z0-9])|[0-9_:]|[=@](?=[A-Za-z0-9])/g, /[A-Z](?:(?<=[a-z][A-Z])|(?=[A-Z]{3}))/g];

/** Whether the run of token units at `from` holds a digit, `_`, `.`, `:` or `/`, or a capital inside lowercase. */
function nextFragmentIsKeyLike(text: string, from: number): boolean {
  let previousClass = 0;
  for (let i = from; i < text.length; i++) {
    const unitClass = classOf(text.charCodeAt(i));
    if ((unitClass & TOKEN) === 0) return false;
    if ((unitClass & (DIGIT | UNDERSCORE | LINK)) !== 0) return true;
    if ((unitClass & UPPER) !== 0 && (previousClass & LOWER) !== 0) return true;
    previousClass = unitClass;
  }
  return false;
}

function isLetterUnit(unit: number): boolean {
  return (classOf(unit) & LETTER) !== 0;
}

/**
 * Whether some fragment with a strong cue in it ends at a single space between letters:
 * a space is dropped only in a stretch whose first fragment is strong and ends there
 * (`splitTokenSpaces` records a stretch from such a fragment on), so a text with none
 * has no space to drop. A cue leads to the end of its run of token units, and the search
 * goes on from there: each unit is read at most once per cue pattern. Code and JSON have
 * digits and colons in many runs but rarely a letter, a space and a letter right after
 * one (the bench's 4 KB prompt: 46 µs per full pass, 13 µs for this test).
 */
function mayHaveSplitKey(text: string): boolean {
  const n = text.length;
  for (const cue of STRONG_CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
      // From the cue's end: a quote is no token unit, and the value opens after it.
      let end = m.index + m[0].length;
      while (end < n && (classOf(text.charCodeAt(end)) & TOKEN) !== 0) end++;
      if (text.charCodeAt(end) === 0x20 && isLetterUnit(text.charCodeAt(end - 1)) && end + 1 < n && isLetterUnit(text.charCodeAt(end + 1))) {
        // A value's start or an address joins only a key-like fragment: JSON's `"name": "Ada
        // Lovelace"` and HTML's `class="nav item"` are words, and so common that waking the
        // full scan for them cost 35 µs on the bench's 4 KB prompt.
        if (!/[=@"'`]/.test(m[0]) || nextFragmentIsKeyLike(text, end + 1)) return true;
      }
      cue.lastIndex = end;
    }
  }
  return false;
}

/**
 * Whether the token unit at `i` opens a quoted value after `=` or `:` (`apikey="API-Z…`,
 * `token: 'EAA…`): a value's first fragment, even a plain one, is where a key starts.
 * (A value written unquoted, `token=EAA…`, is strong at its `=` already.)
 */
function opensAssignedValue(text: string, i: number): boolean {
  const quote = text.charCodeAt(i - 1);
  if (quote !== 0x22 && quote !== 0x27 && quote !== 0x60) return false;
  let j = i - 2;
  if (text.charCodeAt(j) === 0x20) j--;
  const sign = text.charCodeAt(j);
  return (sign === 0x3d || sign === 0x3a) && !AUTH_SCHEME.test(text.slice(i, i + 7));
}

/** `"Authorization": "Bearer eyJ…"`: the scheme is a word before the credential, not its start. */
const AUTH_SCHEME = /^(?:bearer|basic|digest|token|bot)\b/i;

/** A fragment that looks like part of a key by itself (see the module comment). */
const STRONG = 1;
/** A fragment whose parts `.`, `:`, `/` or `@` tie, as a URL's host and path: it carries a key's run on, never starts one. */
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

/** Drops the spaces of a finished stretch (recorded from its first strong fragment), and empties it. */
function closeStretch(stretch: number[], spaces: Set<number>): void {
  if (stretch.length >= 4) dropInStretch(stretch, spaces);
  stretch.length = 0;
}

/**
 * The offsets of the single spaces inside keys split by spaces in `text` (case kept),
 * or null when there are none. One pass cuts the text into stretches of fragments
 * (runs of token units) that single spaces between letters connect, noting what each
 * fragment looks like; only a stretch with a strong fragment is looked at again. (A dot
 * alone does not make a fragment strong: "cli.py eyJ…" would join the file name to the
 * token after it and cost the token its leading `\b`.)
 */
export function splitTokenSpaces(text: string, meter: WorkMeter): Set<number> | null {
  meter.add(text.length);
  // Most prompts have no key fragment before a split: a few native scans pass them over.
  if (!mayHaveSplitKey(text)) return null;
  const spaces = new Set<number>();
  const stretch: number[] = [];
  let stretchHasStrong = false;
  // The fragment being read: its flags so far, its length, the classes seen in it, the
  // capitals in a row at its end, and whether the units since its last letter or digit
  // are all links (a letter or digit next ties it).
  let flags = 0;
  let length = 0;
  let seen = 0;
  let capitals = 0;
  let afterLink = false;
  let previous = 0;
  const n = text.length;
  let previousClass = 0;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    const unitClass = classOf(unit);
    // A value's first unit after `=` (`token=EAA…`) or after the quote that opens it.
    if ((unitClass & (LETTER | DIGIT)) !== 0 && (previous === 0x3d || (length === 0 && opensAssignedValue(text, i)))) flags |= STRONG;
    if (unitClass === (TOKEN | LETTER | LOWER)) {
      // Most of any text: a lowercase letter. It makes the fragment strong only after a digit.
      length++;
      capitals = 0;
      if (afterLink) flags |= TIED;
      afterLink = false;
      if ((seen & DIGIT) !== 0) flags |= STRONG;
      seen |= LETTER;
    } else if ((unitClass & TOKEN) !== 0) {
      length++;
      seen |= unitClass;
      if ((unitClass & LINK) !== 0) afterLink ||= (previousClass & (LETTER | DIGIT)) !== 0;
      else {
        if (afterLink && (unitClass & (LETTER | DIGIT)) !== 0) flags |= TIED;
        afterLink = false;
      }
      capitals = (unitClass & UPPER) !== 0 ? capitals + 1 : 0;
      if (
        (seen & (LETTER | DIGIT)) === (LETTER | DIGIT) ||
        ((unitClass & UPPER) !== 0 && (previousClass & LOWER) !== 0) ||
        (unitClass & UNDERSCORE) !== 0 ||
        capitals >= CAPITALS_RUN ||
        (unit === 0x2f && previous === 0x2f && text.charCodeAt(i - 2) === 0x3a) ||
        // An address's "@" between a name and a host ("maria.gonzalez@bluep eak.com").
        (unit === 0x40 && (previousClass & (LETTER | DIGIT)) !== 0 && (classOf(text.charCodeAt(i + 1)) & LETTER) !== 0)
      ) {
        flags |= STRONG;
      }
    } else if (unit === 0x20 && (previousClass & LETTER) !== 0 && i + 1 < n && (classOf(text.charCodeAt(i + 1)) & LETTER) !== 0) {
      // A single space between letters: the fragment ends, the stretch goes on. Nothing
      // joins before the stretch's first strong fragment, so it is recorded from there.
      if (stretchHasStrong || (flags & STRONG) !== 0) {
        stretch.push(flags, i);
        stretchHasStrong = true;
      }
      flags = length = seen = capitals = 0;
      afterLink = false;
    } else if (length > 0) {
      if (stretchHasStrong) {
        stretch.push(flags, -1);
        closeStretch(stretch, spaces);
        stretchHasStrong = false;
      }
      flags = length = seen = capitals = 0;
      afterLink = false;
    }
    previous = unit;
    previousClass = unitClass;
  }
  if (stretchHasStrong) {
    stretch.push(flags, -1);
    closeStretch(stretch, spaces);
  }
  return spaces.size > 0 ? spaces : null;
}

/** `source` (case kept) with the spaces inside split keys dropped, read by the secret signatures only. */
export function joinedKeysView(source: TextView, spaces: ReadonlySet<number>, name: string, confidence: number, meter: WorkMeter): TextView | null {
  const view = withoutCutsAt(source, spaces, name, "raw", confidence, meter);
  return view === null ? null : { ...view, categories: READERS };
}
