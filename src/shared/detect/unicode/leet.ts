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

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A regex word character (\w without the u flag): A-Z, a-z, 0-9, "_". */
function isWordUnit(code: number): boolean {
  return isLower(code) || isDigit(code) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

/** The leet digits that stand for letters: 0 1 3 4 5 7 9. */
function isLeetDigit(code: number): boolean {
  return code === 0x30 || code === 0x31 || code === 0x33 || code === 0x34 || code === 0x35 || code === 0x37 || code === 0x39;
}

/**
 * True when the text is written in leetspeak throughout (three or more mixed words), so
 * even all-digit words fold ("15" → "is", "4" → "a"). A mixed word is a whole word of
 * three or more a-z/0-9 characters whose first non-letter is a leet digit and whose first
 * non-digit is a letter ("1gn0r3", "pr3v10u5"); one pass, no regex.
 */
export function isLeetThroughout(text: string): boolean {
  let mixed = 0;
  for (let i = 0; i < text.length; ) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    let firstNonLetter = -1;
    let firstNonDigit = -1;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isWordUnit(code)) break;
      if (!isLower(code) && !isDigit(code)) plain = false;
      if (firstNonLetter < 0 && !isLower(code)) firstNonLetter = code;
      if (firstNonDigit < 0 && !isDigit(code)) firstNonDigit = code;
    }
    if (plain && i - start >= 3 && isLeetDigit(firstNonLetter) && isLower(firstNonDigit) && ++mixed >= 3) return true;
  }
  return false;
}

function isLeetSymbolUnit(c: number): boolean {
  return c === 0x30 || c === 0x31 || c === 0x33 || c === 0x34 || c === 0x35 || c === 0x37 || c === 0x39 || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x7c;
}

/**
 * Cheap test: is the leet view worth building? It takes two leet symbols followed by a
 * letter ("1g", "0r", "@ll"), so ordinary text with a stray "mp3" or "h1" does not pay
 * for a whole view.
 */
export function mayContainLeet(text: string): boolean {
  let found = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isLeetSymbolUnit(text.charCodeAt(i))) continue;
    const next = text.charCodeAt(i + 1);
    if (next >= 0x61 && next <= 0x7a && ++found >= 2) return true;
  }
  return false;
}
