/**
 * Optimised suffixes that keep their brackets paired (GCG, Zou et al. 2023, and its
 * successors): a plain request followed by a string of tokens a gradient search picked
 * for their effect on the model. `adversarial-suffix.ts` catches the strings that break
 * bracket pairing; this detector reads the tokens themselves. A search over a model's
 * vocabulary glues pieces that never meet in human writing, so the tail of such a line is
 * dense with tokens of several odd kinds at once:
 * - code or markup characters inside a word (`introPub([`, `${\ensuremath`, `={`),
 * - words glued with a case change (`aidArrayListswift`, `HereisanMessage`),
 * - function words of other languages in an English request (`cette`, `heeft`, `folgenden`),
 * - the reply the search optimised for (`Sure`, `Here is`),
 * - markup shards standing alone (`-->`, `{%`, `##`, `\textbf`).
 *
 * People produce each kind now and then (a camelCase name, a French word, "sure"), and
 * one-line code questions produce code characters in words, so the detector asks for
 * several odd tokens of several kinds in the tail of a line that opens as a plain
 * request, and lets a colon after the request introduce quoted code.
 */
import type { CompiledSignature } from "./compiled-signature";
import { detectorSignature, firstHitInViews } from "./detector-signature";
import type { Hit } from "./scan";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

export const TOKEN_SALAD_SIGNATURE: CompiledSignature = detectorSignature("jb.token-salad-suffix.v1", 1, "jailbreak", "high");

/** The request: this many of the line's first `REQUEST_SPAN` tokens are plain words. */
const REQUEST_WORDS = 5;
const REQUEST_SPAN = 6;
/** Optimised suffixes run to about twenty tokens; the tail read is the line's last thirty after the request. */
const TAIL_TOKENS = 30;
/** Lines longer than this are paragraphs, not a request with a suffix. */
const MAX_LINE = 1200;

type OddKind = "glued" | "camel" | "foreign" | "reply" | "markup";

/** Characters of code and markup that do not belong inside a prose word. */
const CODE_CHARS = /["(){}[\]<>=\\$@#%*;|^~`]/;
const OPENING = /^[("'[`]+/;
const CLOSING = /[)"'\],.;:!?`]+$/;
/** An apostrophe between letters is a contraction or a possessive ("don't", "l'Alabama"). */
const WORD_APOSTROPHE = /([A-Za-z])'(?=[A-Za-z])/g;
const CASE_GLUE = /[a-z][A-Z]/;
const PLAIN_WORD = /^[A-Za-z][A-Za-z'-]*[,.]?$/;
const REPLY_WORD = /^(?:sure|heres?|hereis[a-z]*)$/;
const MARKUP_SHARD = /^(?:\\[a-z]|\{%|%\}|-->|=>|<=|<-|->|##|<\/|\/>|\[\/\]|_{3}|\.{4}|!{3}|\*{3})/;

/**
 * Function words of the languages the search draws on most, none of them an English
 * word: one in an English request is rare, several are a salad. A request that itself
 * has one is written in that language, and its inline markup is no suffix.
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // Articles and copulas that open questions in those languages ("Was ist die …", "Cuál es la …")
  "ist", "von", "der", "es", "de", "la", "le", "les", "il", "est", "el", "qual", "quel", "che",
  // French
  "cette", "avec", "une", "pour", "dans", "chez", "ensuite", "surtout", "quelques", "faut", "permet", "sera", "sont", "mais", "aussi", "comme",
  // Dutch
  "heeft", "beide", "het", "een", "niet", "voor", "zijn", "wordt",
  // German
  "folgenden", "und", "mit", "nicht", "auf", "hinaus", "für", "werden", "oder", "wie", "sich", "auch", "eine", "einen", "dem",
  // Spanish, Portuguese, Italian, Romanian, Turkish
  "cual", "para", "pero", "entonces", "esta", "los", "las", "una", "por", "del", "pentru", "sunt", "bir", "ile", "için", "nel", "della", "degli", "questo", "perché", "sono", "anche", "alla",
]);

function isForeignWord(token: Token): boolean {
  return FOREIGN_FUNCTION_WORDS.has(token.text.replace(CLOSING, "").toLowerCase());
}

function oddKinds(token: string): OddKind[] {
  const kinds: OddKind[] = [];
  const core = token.replace(OPENING, "").replace(CLOSING, "");
  if (CODE_CHARS.test(core.replace(WORD_APOSTROPHE, "$1")) && /[A-Za-z]/.test(token)) kinds.push("glued");
  if (CASE_GLUE.test(core)) kinds.push("camel");
  const lower = core.toLowerCase();
  if (FOREIGN_FUNCTION_WORDS.has(lower)) kinds.push("foreign");
  if (REPLY_WORD.test(token.replace(/[^A-Za-z]/g, "").toLowerCase())) kinds.push("reply");
  if (MARKUP_SHARD.test(token) || MARKUP_SHARD.test(token.replace(OPENING, ""))) kinds.push("markup");
  return kinds;
}

/** The last line with any text on it, as [start, end) in `text`. */
function lastLine(text: string): [number, number] {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return [text.lastIndexOf("\n", end - 1) + 1, end];
}

/** A colon closing a plain word before any odd token introduces quoted code or text ("what does this line do: …"). */
function introducesQuote(token: Token): boolean {
  return token.text.endsWith(":");
}

interface Token {
  text: string;
  start: number;
}

function tokensOf(line: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of line.matchAll(/\S+/g)) tokens.push({ text: match[0], start: offset + match.index });
  return tokens;
}

/** Enough odd tokens, of enough kinds, to be a salad rather than one quirk of style. */
function isSalad(oddTokens: number, kinds: number): boolean {
  return (oddTokens >= 3 && kinds >= 3) || (oddTokens >= 4 && kinds >= 2);
}

/** The salad tail of the text's last line as [start, end) in `text`, if it has one. */
export function findSaladTail(text: string, meter: WorkMeter): [number, number] | null {
  const [lineStart, lineEnd] = lastLine(text);
  if (lineEnd - lineStart > MAX_LINE) return null;
  meter.add(lineEnd - lineStart);
  const line = text.slice(lineStart, lineEnd);
  // Two kinds are needed, and without code characters or a case glue only foreign words,
  // replies and a few dot or underscore runs remain: a line with neither is passed over
  // by two native scans, which is most lines.
  if (!CODE_CHARS.test(line) && !CASE_GLUE.test(line)) return null;
  const tokens = tokensOf(line, lineStart);
  const request = tokens.slice(0, REQUEST_SPAN);
  if (request.filter((t) => PLAIN_WORD.test(t.text)).length < REQUEST_WORDS || request.some(introducesQuote) || request.some(isForeignWord)) return null;
  const tail = tokens.slice(REQUEST_SPAN).slice(-TAIL_TOKENS);
  const kinds = new Set<OddKind>();
  let oddTokens = 0;
  let first: Token | null = null;
  for (const token of tail) {
    const found = oddKinds(token.text);
    if (found.length === 0) {
      // "Here's my call: fetch(url, {…})": a reply word of the prose before the colon does not
      // make the quoted code a suffix.
      if (introducesQuote(token) && (first === null || (kinds.size === 1 && kinds.has("reply")))) return null;
      continue;
    }
    first ??= token;
    oddTokens++;
    for (const kind of found) kinds.add(kind);
  }
  return first !== null && isSalad(oddTokens, kinds.size) ? [first.start, lineEnd] : null;
}

/**
 * A token-salad hit on a case-keeping view: case and code characters are the evidence,
 * so the folded views cannot serve. The raw text comes first; the case-keeping views
 * that undo evasions (NFKC, despaced, leet, decoded) follow, so a spaced-out or
 * fullwidth suffix is read too.
 */
export function findTokenSalad(views: readonly TextView[], meter: WorkMeter): Hit | null {
  return firstHitInViews(TOKEN_SALAD_SIGNATURE, views, "raw", meter, findSaladTail);
}
