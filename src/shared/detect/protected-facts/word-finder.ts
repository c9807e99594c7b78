/**
 * Finds any word of a multilingual list in folded text in one regex pass. Latin,
 * Cyrillic and Greek entries must start a word ("born" does not match "stubborn");
 * entries in scripts written without spaces (CJK, Thai) or with joining marks
 * (Devanagari, Bengali, Arabic) match anywhere.
 */

const CASED_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** A compiled word list: `find` returns the [start, end) of the first occurrence, or null. */
export class WordFinder {
  readonly #regex: RegExp;

  constructor(words: readonly string[]) {
    const startsWord = words.filter((w) => CASED_SCRIPT.test(w)).map(escape);
    const anywhere = words.filter((w) => !CASED_SCRIPT.test(w)).map(escape);
    const parts: string[] = [];
    if (startsWord.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${startsWord.join("|")})`);
    if (anywhere.length > 0) parts.push(`(?:${anywhere.join("|")})`);
    this.#regex = new RegExp(parts.join("|"), "u");
  }

  find(folded: string): [number, number] | null {
    const m = this.#regex.exec(folded);
    return m === null ? null : [m.index, m.index + m[0].length];
  }
}
