/**
 * Optimised adversarial suffixes (GCG, Zou et al. 2023, and its successors): a plain
 * request followed by a string of tokens that a gradient search picked for their effect
 * on the model, not for meaning. The search mixes code, LaTeX, markdown and words of
 * several languages freely, and nothing keeps its brackets paired, so the tell is
 * structural: right after ordinary prose, a short stretch where brackets are closed by
 * the wrong kind, closed without being opened, or opened and left open.
 *
 * Human text almost never does that: prose pairs its brackets, and code (which has many)
 * pairs them by kind and does not follow a run of prose words on the same line. The few
 * human sources of lone brackets are exempted: list markers ("a)", "iv)"), emoticons
 * (":)", ":-("), half-open intervals ("[0, 1)") and a bracket quoted as a character ('}').
 */
import type { CompiledSignature } from "./compiled-signature";
import { detectorSignature, firstHitInViews } from "./detector-signature";
import type { Hit } from "./scan";
import type { TextView } from "./view-builder";
import { isAsciiLetter } from "./unicode/char-classes";
import type { WorkMeter } from "./work-meter";

export const ADVERSARIAL_SUFFIX_SIGNATURE: CompiledSignature = detectorSignature("jb.adversarial-suffix.v1", 1, "jailbreak", "high");

/** Unpaired-bracket events this close together form one suspicious stretch. */
const STRETCH = 160;
/** Prose words that must precede the stretch on its line: the request the suffix rides on. */
const MIN_PROSE_WORDS = 4;
/** A stretch needs this many events, or fewer when one of them is a wrong-kind closer. */
const MIN_EVENTS = 3;
const MIN_EVENTS_WITH_MISMATCH = 2;
/** Openers remembered per line: deeper nesting adds nothing and must not cost memory. */
const MAX_DEPTH = 64;
/** Longest bracketed content still checked for being an interval such as "[0, 1)". */
const MAX_INTERVAL = 40;

interface BracketEvent {
  at: number;
  mismatch: boolean;
  proseBefore: number;
  /** A colon came after the last prose word: the brackets belong to quoted material ("fix this line: print(x]"). */
  introduced: boolean;
}

const OPENER_OF: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

function isWordCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

/** "a)", "iv)", "12)": a list marker of at most three word characters opening its token. */
function closesListMarker(line: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 4 && isWordCode(line.charCodeAt(start - 1))) start--;
  return start < at && at - start <= 3 && (start === 0 || isSpace(line.charCodeAt(start - 1)));
}

/** ":)", ";(", ":-)", "=)": an emoticon's mouth. */
function isEmoticon(line: string, at: number): boolean {
  const before = line[at - 1] === "-" ? line[at - 2] : line[at - 1];
  return before === ":" || before === ";" || before === "=";
}

/** '}' or "[": a bracket quoted as a character, as in a question about parsing. */
function isQuotedCharacter(line: string, at: number): boolean {
  const before = line[at - 1];
  return (before === "'" || before === '"' || before === "`") && line[at + 1] === before;
}

/** "[0, 1)", "(a, b]": a half-open interval, the one common wrong-kind pairing in prose. */
function isInterval(line: string, from: number, to: number): boolean {
  if (to - from > MAX_INTERVAL || !line.slice(from + 1, to).includes(",")) return false;
  return /^[\s\w.,+\-−∞π]*$/.test(line.slice(from + 1, to));
}

/** A prose word: two or more ASCII letters, maybe closed by a comma or full stop, between spaces. Ends at the space after it. */
const PROSE_TOKEN = /(?:^|[ \t\r])[A-Za-z]{2,}[,.]?(?=[ \t\r])/g;
const BRACKET = /[()[\]{}]/g;

/** Where each prose word of the line ends, in order. */
function proseEnds(line: string): number[] {
  const ends: number[] = [];
  PROSE_TOKEN.lastIndex = 0;
  // `test` leaves lastIndex at the end of the word and allocates no match array.
  while (PROSE_TOKEN.test(line)) ends.push(PROSE_TOKEN.lastIndex);
  return ends;
}

/**
 * Unpaired-bracket events of one line, each with the prose words that precede it; none
 * on a line with too few prose words for any of them to start a stretch. The
 * line is read through two native regex passes (its prose words, its brackets) and only
 * the brackets are looked at one by one: most lines have few.
 */
function lineEvents(line: string): BracketEvent[] {
  const events: BracketEvent[] = [];
  const openers: Array<{ char: string; at: number; proseBefore: number; introduced: boolean }> = [];
  const ends = proseEnds(line);
  // A stretch starts at an event with MIN_PROSE_WORDS prose words before it on its line:
  // with fewer on the whole line (most lines of code), no event can start one.
  if (ends.length < MIN_PROSE_WORDS) return events;
  let prose = 0;
  let lastColon = -1;
  let nextColon = line.indexOf(":");
  BRACKET.lastIndex = 0;
  while (BRACKET.test(line)) {
    const i = BRACKET.lastIndex - 1;
    while (prose < ends.length && (ends[prose] as number) < i) prose++;
    while (nextColon >= 0 && nextColon < i) {
      lastColon = nextColon;
      nextColon = line.indexOf(":", nextColon + 1);
    }
    // A colon after the last prose word introduces quoted material.
    const introduced = lastColon >= 0 && (prose === 0 || lastColon > (ends[prose - 1] as number));
    const char = line[i] ?? "";
    if (char === "(" || char === "[" || char === "{") {
      if (char === "(" && isEmoticon(line, i)) continue;
      if (isQuotedCharacter(line, i)) continue;
      if (openers.length === MAX_DEPTH) openers.shift();
      openers.push({ char, at: i, proseBefore: prose, introduced });
      continue;
    }
    if (isQuotedCharacter(line, i)) continue;
    const expected = OPENER_OF[char];
    const top = openers[openers.length - 1];
    if (top === undefined) {
      if (char === ")" && (closesListMarker(line, i) || isEmoticon(line, i))) continue;
      events.push({ at: i, mismatch: false, proseBefore: prose, introduced });
    } else {
      openers.pop();
      if (top.char !== expected && !isInterval(line, top.at, i)) events.push({ at: i, mismatch: true, proseBefore: prose, introduced });
    }
  }
  const unclosed = openers.map((o) => ({ at: o.at, mismatch: false, proseBefore: o.proseBefore, introduced: o.introduced }));
  return mergeByPosition(events, unclosed);
}

/** Both lists are in position order already (openers stay on the stack in order), so a merge keeps it linear. */
function mergeByPosition(a: readonly BracketEvent[], b: readonly BracketEvent[]): BracketEvent[] {
  const merged: BracketEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as BracketEvent).at < (b[j] as BracketEvent).at) ? a[i++] : b[j++];
    merged.push(next as BracketEvent);
  }
  return merged;
}

/** How far after a stretch a follow-up sentence is looked for. */
const AFTERWORD_REACH = 200;
/** Three or more plain words closed by a full stop, question or exclamation mark: a sentence. */
const SENTENCE = /(?:^|\s)(?:[A-Za-z]{2,}[ \t]+){2,}[A-Za-z]{2,}[.?!](?=\s|$)/;

/**
 * True when no sentence follows `end` within reach: a suffix is the prompt's last word,
 * while a user quoting broken code goes on to ask about it ("… What is wrong?"). The
 * suffix's own word salad ("Mais formula anglaisischer") closes no sentence.
 */
function endsThePrompt(text: string, end: number): boolean {
  return !SENTENCE.test(text.slice(end, end + AFTERWORD_REACH));
}

/**
 * The first stretch of a line that reads as an adversarial suffix, as [start, end) in the
 * line: it follows prose directly (not after a colon that introduces quoted code) and
 * nothing much is said after it. Users asking about broken code or LaTeX quote it after
 * a colon, or go on to ask their question; an optimised suffix is the prompt's last word.
 */
function suspiciousStretch(events: readonly BracketEvent[], endsAt: (end: number) => boolean): [number, number] | null {
  let mismatches = 0;
  let first = 0;
  for (let last = 0; last < events.length; last++) {
    const end = events[last] as BracketEvent;
    if (end.mismatch) mismatches++;
    while ((events[first] as BracketEvent).at < end.at - STRETCH) {
      if ((events[first] as BracketEvent).mismatch) mismatches--;
      first++;
    }
    const start = events[first] as BracketEvent;
    const count = last - first + 1;
    const enough = count >= MIN_EVENTS || (mismatches > 0 && count >= MIN_EVENTS_WITH_MISMATCH);
    if (enough && start.proseBefore >= MIN_PROSE_WORDS && !start.introduced && endsAt(end.at + 1)) return [start.at, end.at + 1];
  }
  return null;
}

/**
 * An adversarial-suffix hit over the unpaired stretch, if a folded view of the text
 * carries one. The folded views (NFKC, skeleton, leet, despaced, decoded) undo the
 * evasion transforms: fullwidth brackets fold to ASCII, spaced-out or leetspeak prose
 * reads as words again, and a base64-wrapped prompt is looked at decoded.
 */
export function findAdversarialSuffix(views: readonly TextView[], meter: WorkMeter): Hit | null {
  return firstHitInViews(ADVERSARIAL_SUFFIX_SIGNATURE, views, "folded", meter, findInText);
}

/**
 * Two brackets on one line. A stretch needs two bracket events and each event is one
 * bracket, so only such lines can hold one: the others (most prose) are passed over by
 * one native scan.
 */
const LINE_WITH_TWO_BRACKETS = /[()[\]{}][^\n()[\]{}]*[()[\]{}]/g;

function findInText(text: string, meter: WorkMeter): [number, number] | null {
  meter.add(text.length);
  LINE_WITH_TWO_BRACKETS.lastIndex = 0;
  // `test` leaves lastIndex after the second bracket, on the line to read, and allocates no match array.
  while (LINE_WITH_TWO_BRACKETS.test(text)) {
    const secondBracket = LINE_WITH_TWO_BRACKETS.lastIndex - 1;
    const lineStart = text.lastIndexOf("\n", secondBracket) + 1;
    const newline = text.indexOf("\n", secondBracket);
    const lineEnd = newline < 0 ? text.length : newline;
    const stretch = suspiciousStretch(lineEvents(text.slice(lineStart, lineEnd)), (end) => endsThePrompt(text, lineStart + end));
    if (stretch !== null) return [lineStart + stretch[0], lineStart + stretch[1]];
    if (newline < 0) break;
    LINE_WITH_TWO_BRACKETS.lastIndex = newline + 1;
  }
  return null;
}
