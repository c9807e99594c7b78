/**
 * Leetspeak fold: digits and symbols that stand for letters ("1gn0r3 4ll pr3v10us").
 * Digits, "@" and "$" fold only when they touch a letter, so numbers ("2024", "$100")
 * stay as they are; "!" and "|" fold only in front of a letter ("!gnore"), so an
 * exclamation mark at the end of a word is left alone.
 */
const TOUCHING_LETTER: Readonly<Record<string, string>> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s",
};
const BEFORE_LETTER: Readonly<Record<string, string>> = { "!": "i", "|": "l" };

/** The letter a digit, "@" or "$" stands for when it sits in a word ("4" → "a"). */
export function touchingLetterOf(ch: string): string | undefined {
  return TOUCHING_LETTER[ch];
}

/** Digits and the symbols that can stand for letters: 0-9 ! $ @ |. */
export function isLeetCandidateUnit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || unit === 0x21 || unit === 0x24 || unit === 0x40 || unit === 0x7c;
}

/** True when a-z, or a digit/symbol that will itself fold into a letter. */
function isLetterish(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x24;
}

/**
 * The letter the character at `i` stands for, or undefined when it is not leet in this
 * position. `text` is already case-folded.
 */
export function leetLetterAt(text: string, i: number, everywhere = false): string | undefined {
  const ch = text[i] ?? "";
  if (everywhere && TOUCHING_LETTER[ch] !== undefined) return TOUCHING_LETTER[ch];
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  const touching = TOUCHING_LETTER[ch];
  if (touching !== undefined) {
    const prevLetter = prev >= 0x61 && prev <= 0x7a;
    const nextLetter = next >= 0x61 && next <= 0x7a;
    // "pr3v10us": a digit between a digit and a letter still folds, as long as the run
    // it belongs to touches a letter on one side.
    return prevLetter || nextLetter || (isLetterish(prev) && isLetterish(next)) ? touching : undefined;
  }
  const before = BEFORE_LETTER[ch];
  return before !== undefined && next >= 0x61 && next <= 0x7a ? before : undefined;
}

// Words that mix letters and leet digits ("1gn0r3", "pr3v10u5").
const MIXED_WORD = /\b(?=[a-z]*[0134579])(?=[0-9]*[a-z])[a-z0-9]{3,}\b/g;

/** The last text `isLeetThroughout` read, and its answer. */
let lastThroughout = { text: "", answer: false };

/**
 * True when the text is written in leetspeak throughout (three or more mixed words), so
 * even all-digit words fold ("15" → "is", "4" → "a").
 */
export function isLeetThroughout(text: string): boolean {
  // The leet and case-keeping leet views of a message usually ask about the same folded
  // text, one after the other: the last answer is kept.
  if (text === lastThroughout.text) return lastThroughout.answer;
  MIXED_WORD.lastIndex = 0;
  let mixed = 0;
  let answer = false;
  while (MIXED_WORD.exec(text) !== null) {
    if (++mixed >= 3) {
      answer = true;
      break;
    }
  }
  lastThroughout = { text, answer };
  return answer;
}

// A leet symbol (0 1 3 4 5 7 9 @ $ ! |) right before a lowercase letter. Two such pairs
// never overlap (the second character of one is a letter, not a symbol), so counting
// regex matches counts the pairs; irregexp scans for them several times faster than a
// charCodeAt loop.
const LEET_BEFORE_LETTER = /[0134579@$!|][a-z]/g;

/**
 * Cheap test: is the leet view worth building? It takes two leet symbols followed by a
 * letter ("1g", "0r", "@ll"), so ordinary text with a stray "mp3" or "h1" does not pay
 * for a whole view. `counts` can rule out pairs by their index (ascending).
 */
export function mayContainLeet(text: string, counts: (index: number) => boolean = () => true): boolean {
  LEET_BEFORE_LETTER.lastIndex = 0;
  let found = 0;
  for (let pair = LEET_BEFORE_LETTER.exec(text); pair !== null; pair = LEET_BEFORE_LETTER.exec(text)) {
    if (counts(pair.index) && ++found >= 2) return true;
  }
  return false;
}
