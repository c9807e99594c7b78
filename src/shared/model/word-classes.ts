/**
 * Word-class events (lexicon.ts) of one text: the class at its token, the class opening a
 * sentence or line, and ordered class pairs up to PAIR_REACH tokens apart. A class is
 * found three ways: a whole token (hash lookup), two tokens (bigram hash lookup, for
 * languages that write "password" as two words) and, inside tokens of scripts written
 * without spaces (Chinese, Japanese, Thai; Korean with its attached particles), a
 * listed substring.
 *
 * Lexicon entries are folded the way the model view folds text (`entryForms`), so they
 * meet the text as the tokenizer hashes it.
 */
import { foldNonAscii, lookalikeCode } from "./code-point-fold";
import { finalize, hashString, mix, seedFor } from "./hash";
import type { EventLog } from "./events";
import { CLASS_COUNT, classOf, classTable, lexiconEntries, type ClassTable, type LexiconEntry } from "./lexicon";

export const WORD_SEED = seedFor("word");
export const BIGRAM_SEED = seedFor("bigram");
/** Unmasked ids: class c at its token; class c opening a sentence or line; class pair (a, b) a few tokens apart. */
const CLASS_IDS = Int32Array.from({ length: CLASS_COUNT + 1 }, (_, c) => hashString(seedFor("class"), String(c)));
const OPENER_IDS = Int32Array.from({ length: CLASS_COUNT + 1 }, (_, c) => hashString(seedFor("opener"), String(c)));
const PAIR_IDS = Int32Array.from({ length: (CLASS_COUNT + 1) ** 2 }, (_, p) => hashString(seedFor("class-pair"), String(p)));
/**
 * Class pairs count up to this many tokens apart ("ignore all of the previous rules").
 * v8 measured 4, 6 and 8 (grouped CV, whole engine out of fold / in-distribution /
 * bench/redteam): 91.5 / 94.0 / 87.75%, 91.7 / 94.6 / 89.0%, 91.6 / 94.3 / 89.0%.
 */
const PAIR_REACH = 6;

const WORD_ASCII = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0));

/** Letters, digits, underscore and anything non-ASCII outside the punctuation blocks. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return WORD_ASCII[code] === 1;
  return !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f);
}

/** Thai, Hangul (jamo and syllables), kana and Han: scripts whose words are not space-separated. */
export function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0e7f) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

function hasUnspacedScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUnspacedScript(text.charCodeAt(i))) return true;
  return false;
}

/** Lexicon entries matched inside tokens, by their first code unit. */
type InWordEntries = ReadonlyMap<number, readonly { codes: string; cls: number }[]>;

export interface WordClassTables {
  words: ClassTable;
  bigrams: ClassTable;
  inWord: InWordEntries;
}

/** The tokens of a folded entry (word code runs). */
function tokensOf(folded: string): string[] {
  const tokens: string[] = [];
  let current = "";
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isWordCode(code)) current += folded[i];
    else if (current !== "") {
      tokens.push(current);
      current = "";
    }
  }
  if (current !== "") tokens.push(current);
  return tokens;
}

/**
 * An entry as the model view may write it. The view folds each code point (NFKC and
 * lowercase, `foldNonAscii`) and, in a token mixing Latin letters with look-alikes, the
 * look-alikes into the letters they imitate (token-folds.ts): Turkish "yukarıdaki" reaches
 * the tokenizer as "yukaridaki". Which one it writes depends on the text around it, so an
 * entry is listed in both forms. The tables are built with this plain fold rather than by
 * running entries through the view: a few hundred short foreign strings through the view's
 * hot path before the first real text skewed the engine's type feedback and left the
 * scorer a third slower.
 */
export function entryForms(text: string): string[] {
  let folded = "";
  let lookalikes = "";
  let latin = false;
  let imitates = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    if (cp < 0x80) {
      const lower = cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
      latin ||= lower >= 0x61 && lower <= 0x7a;
      const unit = String.fromCharCode(lower);
      folded += unit;
      lookalikes += unit;
      continue;
    }
    const plain = foldNonAscii(cp);
    const letter = lookalikeCode(cp);
    imitates ||= letter !== 0;
    folded += plain;
    lookalikes += letter !== 0 ? String.fromCharCode(letter).toLowerCase() : plain;
  }
  return latin && imitates && lookalikes !== folded ? [folded, lookalikes] : [folded];
}

/**
 * The tables of `entries` (every lexicon entry by default). The first class listed for a
 * spelling wins, so a translation never re-classes an English word.
 */
export function wordClassTables(entries: readonly LexiconEntry[] = lexiconEntries()): WordClassTables {
  const words = new Map<number, number>();
  const bigrams = new Map<number, number>();
  const inWord = new Map<number, { codes: string; cls: number }[]>();
  const keep = (table: Map<number, number>, key: number, cls: number): void => {
    if (!table.has(key)) table.set(key, cls);
  };
  const addEntry = (form: string, cls: number, text: string): void => {
    const tokens = tokensOf(form);
    const joined = tokens.join("");
    if (hasUnspacedScript(joined)) {
      const list = inWord.get(joined.charCodeAt(0)) ?? [];
      if (!list.some((e) => e.codes === joined)) list.push({ codes: joined, cls });
      inWord.set(joined.charCodeAt(0), list);
    } else if (tokens.length === 1) {
      keep(words, hashString(WORD_SEED, tokens[0] ?? ""), cls);
    } else if (tokens.length === 2) {
      const first = hashString(WORD_SEED, tokens[0] ?? "");
      const second = hashString(WORD_SEED, tokens[1] ?? "");
      keep(bigrams, finalize(mix(mix(BIGRAM_SEED, first), second)), cls);
    } else {
      throw new Error(`lexicon entry ${JSON.stringify(text)} folds to ${tokens.length} tokens (one or two, or an unspaced script)`);
    }
  };
  for (const { cls, text } of entries) for (const form of entryForms(text)) addEntry(form, cls, text);
  return { words: classTable(words), bigrams: classTable(bigrams), inWord };
}

/** Text opens here: the first token, or the first after a sentence end, colon or line break. */
function opensSentence(codes: Uint16Array, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = codes[i] ?? 0;
    if (c === 0x20) continue;
    return c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x22;
  }
  return true;
}

/**
 * Emits the class events of one text as its tokens go by: `token` per token, then
 * `word`, `bigram` and `inWord` for what the tables say about it. The last PAIR_REACH
 * classes found are kept in a ring (no allocation per event).
 */
export class ClassEmitter {
  private readonly ringClass = new Int32Array(PAIR_REACH);
  private readonly ringToken = new Int32Array(PAIR_REACH);
  private readonly ringStart = new Int32Array(PAIR_REACH);
  private ringNext = 0;
  private tokenIndex = 0;
  private codes: Uint16Array = new Uint16Array(0);
  private mask = 0;
  private events: EventLog | null = null;

  constructor(private readonly tables: WordClassTables) {}

  begin(codes: Uint16Array, mask: number, events: EventLog): void {
    this.ringClass.fill(0);
    this.ringNext = 0;
    this.tokenIndex = 0;
    this.codes = codes;
    this.mask = mask;
    this.events = events;
  }

  /** A new token starts (pairs are counted in tokens). */
  token(): void {
    this.tokenIndex++;
  }

  /** The token at `start` with hash `word`. */
  word(word: number, start: number): void {
    const cls = word === 0 ? 0 : classOf(this.tables.words, word);
    if (cls > 0) this.emit(cls, start);
  }

  /** The bigram with hash `bigram` that starts at `start`. */
  bigram(bigram: number, start: number): void {
    const cls = bigram === 0 ? 0 : classOf(this.tables.bigrams, bigram);
    if (cls > 0) this.emit(cls, start);
  }

  /** Listed substrings inside the token [start, end); each counts as a token of its own. */
  inWord(start: number, end: number): void {
    const codes = this.codes;
    for (let at = start; at < end; at++) {
      const candidates = this.tables.inWord.get(codes[at] ?? 0);
      if (candidates === undefined) continue;
      for (const { codes: entry, cls } of candidates) {
        if (at + entry.length > end || !matchesAt(codes, at, entry)) continue;
        this.tokenIndex++;
        this.emit(cls, at);
        at += entry.length - 1;
        break;
      }
    }
  }

  private emit(cls: number, start: number): void {
    const events = this.events;
    if (events === null) return;
    const list = events.classes;
    events.add(list, start, (CLASS_IDS[cls] ?? 0) & this.mask);
    if (opensSentence(this.codes, start)) events.add(list, start, (OPENER_IDS[cls] ?? 0) & this.mask);
    for (let r = 0; r < PAIR_REACH; r++) {
      const before = this.ringClass[r] ?? 0;
      if (before > 0 && this.tokenIndex - (this.ringToken[r] ?? 0) <= PAIR_REACH) {
        events.add(list, this.ringStart[r] ?? 0, (PAIR_IDS[before * (CLASS_COUNT + 1) + cls] ?? 0) & this.mask);
      }
    }
    this.ringClass[this.ringNext] = cls;
    this.ringToken[this.ringNext] = this.tokenIndex;
    this.ringStart[this.ringNext] = start;
    this.ringNext = (this.ringNext + 1) % PAIR_REACH;
  }
}

function matchesAt(codes: Uint16Array, at: number, entry: string): boolean {
  for (let k = 0; k < entry.length; k++) if (codes[at + k] !== entry.charCodeAt(k)) return false;
  return true;
}
