/**
 * Case-preserving counterparts of the `leet` and `rot13` views. Key formats are
 * case-sensitive (AKIA…, AIza…, eyJ…, "BEGIN RSA PRIVATE KEY"), so the folded views
 * cannot recover a key hidden by leetspeak or ROT13; these views undo the transform
 * while keeping case. They feed only the raw-target signatures that need case and digits
 * (`CASE_KEEPING_READERS`), which is all they are for and keeps their cost down.
 */
import type { Category } from "../schemas/common";
import { hasNonAscii, isAsciiLetter } from "./unicode/char-classes";
import { isLeetCandidateUnit, isLeetThroughout, leetLetterAt, touchingLetterOf } from "./unicode/leet";
import { type TextView, transformView } from "./view-builder";
import type { WorkMeter } from "./work-meter";


/**
 * The raw-target signatures that read the case-keeping views: key formats and numbers
 * (secrets, PII) and code and URLs (tool abuse, exfiltration), whose patterns are case-
 * and digit-sensitive, so the folded views cannot serve them.
 */
const CASE_KEEPING_READERS: readonly Category[] = ["secret", "pii", "tool_abuse", "data_exfiltration"];

function forCaseKeepingReaders(view: TextView | null): TextView | null {
  return view === null ? null : { ...view, categories: CASE_KEEPING_READERS };
}

/**
 * ROT13 with case kept: "NXVN" → "AKIA". Offsets are the identity, as only letters
 * change.
 */
export function casedRot13View(source: TextView, name: string, confidence: number, meter: WorkMeter): TextView | null {
  const view = transformView(
    source,
    name,
    "raw",
    confidence,
    meter,
    (cp) => {
      const base = cp <= 0x5a ? 0x41 : 0x61;
      return String.fromCharCode(((cp - base + 13) % 26) + base);
    },
    { visit: isAsciiLetter },
  );
  return forCaseKeepingReaders(view);
}

function inToken(unit: number): boolean {
  return isAsciiLetter(unit) || isLeetCandidateUnit(unit);
}

/**
 * For a position inside a token (letters, digits and leet symbols), the case of the
 * nearest real letter of the same token: 1 upper, 0 lower, -1 when the token has no
 * letter. A tie goes to the letter before. Leetspeak loses the case of a substituted
 * letter, and in key formats case runs in blocks ("4K14" → "AKIA", "p455w0rd" →
 * "password", "3yJ" → "eyJ"), so the neighbour is the best guess.
 *
 * Only the leet candidates of a text are ever asked about, so the answer is worked out
 * one token at a time, when a candidate in it is first asked about: two passes over
 * that token (so long digit runs cost nothing extra), none over text without candidates.
 */
class NeighbourCase {
  private tokenStart = 0;
  private tokenEnd = 0;
  private cases = new Int8Array(0);

  constructor(private readonly text: string) {}

  at(i: number): number {
    if (i < this.tokenStart || i >= this.tokenEnd) this.load(i);
    return this.cases[i - this.tokenStart] ?? -1;
  }

  private load(i: number): void {
    const text = this.text;
    let start = i;
    while (start > 0 && inToken(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && inToken(text.charCodeAt(end))) end++;
    const n = end - start;
    const prevDistance = new Int32Array(n);
    const prevUpper = new Uint8Array(n);
    let distance = -1;
    let upper = 0;
    for (let k = 0; k < n; k++) {
      const unit = text.charCodeAt(start + k);
      if (!inToken(unit)) distance = -1;
      else if (distance >= 0) distance++;
      prevDistance[k] = distance;
      prevUpper[k] = upper;
      if (isAsciiLetter(unit)) {
        distance = 0;
        upper = unit <= 0x5a ? 1 : 0;
      }
    }
    const cases = new Int8Array(n);
    distance = -1;
    upper = 0;
    for (let k = n - 1; k >= 0; k--) {
      const unit = text.charCodeAt(start + k);
      if (!inToken(unit)) distance = -1;
      else if (distance >= 0) distance++;
      const before = prevDistance[k] ?? -1;
      const useNext = distance >= 0 && (before < 0 || distance < before);
      cases[k] = useNext ? upper : before >= 0 ? (prevUpper[k] ?? 0) : -1;
      if (isAsciiLetter(unit)) {
        distance = 0;
        upper = unit <= 0x5a ? 1 : 0;
      }
    }
    this.tokenStart = start;
    this.tokenEnd = end;
    this.cases = cases;
  }
}

/**
 * Leet digits and symbols folded back into letters, each given the case of its nearest
 * real letter: "4K14…" → "AKIA…", "5k-…" → "sk-…". On top of the folded `leet` view's
 * rules, a whole run of digits folds when it touches a letter ("4cc355_70k3n" →
 * "access_token"): the view feeds the raw-target secret, PII, tool-abuse and exfiltration
 * signatures. Tokens of three or more digits alone are numbers and stay as written, so a
 * card number after "c4rd" still reads as one.
 */
export function casedLeetView(source: TextView, name: string, confidence: number, meter: WorkMeter): TextView | null {
  const text = source.text;
  // ASCII-only lowercasing keeps every offset, which `leetLetterAt` relies on; for ASCII
  // text that is plain `toLowerCase`, without a callback per run of capitals.
  const folded = hasNonAscii(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text.toLowerCase();
  meter.add(text.length * 3);
  const everywhere = isLeetThroughout(folded);
  const letterCase = new NeighbourCase(text);
  const numbers = digitOnlyTokens(folded);
  const view = transformView(
    source,
    name,
    "raw",
    confidence,
    meter,
    (cp, i) => {
      if (cp >= 0x80 || numbers[i] === 1) return undefined;
      const near = letterCase.at(i);
      const letter = leetLetterAt(folded, i, everywhere) ?? (near >= 0 ? touchingLetterOf(folded[i] ?? "") : undefined);
      return letter !== undefined && near === 1 ? letter.toUpperCase() : letter;
    },
    { visit: isLeetCandidateUnit },
  );
  return forCaseKeepingReaders(view);
}

/** Shorter digit-only tokens are leet words ("15" is "is", "2" is "to"); longer ones are numbers. */
const MIN_NUMBER = 3;

/** A token (a run of a-z and 0-9) of three or more digits alone. */
const NUMBER_TOKEN = new RegExp(`(?<![a-z0-9])[0-9]{${MIN_NUMBER},}(?![a-z0-9])`, "g");

/**
 * Marks the units of tokens made of three or more digits alone ("4539", "1488" in a card
 * number): in leetspeak text they are numbers, not words, so they stay as written, and a
 * card or phone number next to "c4rd" or "c4ll" still reads as one. `text` is folded, so
 * tokens are runs of a-z and 0-9; a native search finds the numbers among them.
 */
function digitOnlyTokens(text: string): Uint8Array {
  const marks = new Uint8Array(text.length);
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(text); m !== null; m = NUMBER_TOKEN.exec(text)) marks.fill(1, m.index, m.index + m[0].length);
  return marks;
}
