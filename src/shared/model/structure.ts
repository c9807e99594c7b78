/**
 * Structure features: the shapes of an attack that word classes (lexicon.ts) cannot see
 * (a fake chat turn, a chat template token, a forced reply with a quote, a secret-looking
 * token). Each pattern fires a named feature at the position it matches; the model
 * learns how much each shape counts. Patterns are linear-time (no nested quantifiers)
 * and run once per text.
 */
import { hashString, seedFor } from "./hash";

/**
 * Name, pattern, and literals of which every match contains at least one (empty: no such
 * literal). A text with none of them skips the pattern: a native substring search is far
 * cheaper than the regex scanning every position.
 */
const PATTERNS: readonly [string, RegExp, readonly string[]][] = [
  ["role_line", /(?:^|\n) ?(?:system|assistant|user|human|ai|developer|model|bot) ?:/g, [":"]],
  ["chat_template", /<\|?(?:im_start|im_end|system|user|assistant|endoftext)\|?>|\[\/?inst\]|<<\/?sys>>|### ?(?:instruction|response|system)/g, ["<", "[", "#"]],
  ["forced_output", /\b(?:say|output|print|respond with|reply with|answer with|start your (?:reply|response) with)\s?[:"'“]/g, []],
  ["context_break", /\bend of (?:document|context|input|email|text|prompt)\b|\bbegin(?:ning)? of new\b/g, ["end of ", "begin"]],
  ["markdown_image", /!\[[^\]\n]{0,100}\]\(https?:/g, ["!["]],
  ["email", /\w@[a-z0-9-]{1,63}\.[a-z]{2,}/g, ["@"]],
  ["digit_run", /\d[\d -]{11,22}\d/g, []],
];
const MAX_HITS_PER_PATTERN = 64;
const SEED = seedFor("structure");
const IDS = new Map<string, number>();

function featureHash(name: string): number {
  let id = IDS.get(name);
  if (id === undefined) {
    id = hashString(SEED, name);
    IDS.set(name, id);
  }
  return id;
}

/** Calls `visit(position, hash)` for every hit (hash unmasked; the caller masks it to its table). */
export function findStructure(view: string, visit: (position: number, hash: number) => void): void {
  for (const [name, pattern, needs] of PATTERNS) {
    if (needs.length > 0 && !needs.some((literal) => view.includes(literal))) continue;
    const hash = featureHash(name);
    pattern.lastIndex = 0;
    for (let count = 0; count < MAX_HITS_PER_PATTERN; count++) {
      const match = pattern.exec(view);
      if (match === null) break;
      visit(match.index, hash);
    }
  }
}

/** A long token mixing letters and digits: API keys, tokens, hashes (checked per word token). */
export function secretLikeHash(codes: Uint16Array, start: number, end: number): number | null {
  if (end - start < 20) return null;
  let digits = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = codes[i] ?? 0;
    if (code >= 0x30 && code <= 0x39) digits++;
    else if (code >= 0x61 && code <= 0x7a) letters++;
  }
  return digits >= 2 && letters >= 2 && digits + letters >= (end - start) * 0.8 ? featureHash("secret_like") : null;
}
