/**
 * Structure features: the shapes of an attack rather than its words (a fake chat turn,
 * an instruction override, a forced reply, a secret-looking token). Each pattern fires
 * a named feature at the position it matches; the model learns how much each shape
 * counts. Patterns are linear-time (no nested quantifiers) and run once per text.
 */
import { hashString, seedFor } from "./hash";

const PATTERNS: readonly [string, RegExp][] = [
  ["role_line", /(?:^|\n) ?(?:system|assistant|user|human|ai|developer|model|bot) ?:/g],
  ["chat_template", /<\|?(?:im_start|im_end|system|user|assistant|endoftext)\|?>|\[\/?inst\]|<<\/?sys>>|### ?(?:instruction|response|system)/g],
  [
    "override",
    /\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}?\b(?:instructions?|rules|prompts?|directions?|guidelines|context|commands?|constraints|restrictions)\b/g,
  ],
  ["new_instructions", /\b(?:new|updated|real|actual|secret|hidden|additional) (?:instructions?|task|rules|objective|system prompt)\b/g],
  ["persona", /\byou are (?:now|no longer|going to|free)\b|\bfrom now on\b|\bstay in character\b|\bpretend (?:to be|you)\b/g],
  ["prompt_reference", /\b(?:system prompt|initial instructions|your instructions|your prompt|pre-?prompt|above instructions)\b/g],
  ["forced_output", /\b(?:say|output|print|respond with|reply with|answer with|start your (?:reply|response) with)\s?[:"'“]/g],
  ["context_break", /\bend of (?:document|context|input|email|text|prompt)\b|\bbegin(?:ning)? of new\b/g],
  ["markdown_image", /!\[[^\]\n]{0,100}\]\(https?:/g],
  ["email", /\w@[a-z0-9-]{1,63}\.[a-z]{2,}/g],
  ["digit_run", /\d[\d -]{11,22}\d/g],
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

export interface StructureHits {
  positions: number[];
  /** Unmasked hashes; the caller masks to its table size. */
  hashes: number[];
}

export function findStructure(view: string): StructureHits {
  const hits: StructureHits = { positions: [], hashes: [] };
  for (const [name, pattern] of PATTERNS) {
    let count = 0;
    for (const match of view.matchAll(pattern)) {
      hits.positions.push(match.index);
      hits.hashes.push(featureHash(name));
      if (++count >= MAX_HITS_PER_PATTERN) break;
    }
  }
  return hits;
}

/** A long token mixing letters and digits: API keys, tokens, hashes (checked per word token). */
export function secretLikeHash(view: string, start: number, end: number): number | null {
  if (end - start < 20) return null;
  let digits = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = view.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
    else if (code >= 0x61 && code <= 0x7a) letters++;
  }
  return digits >= 2 && letters >= 2 && digits + letters >= (end - start) * 0.8 ? featureHash("secret_like") : null;
}
