/**
 * Persona jailbreaks by their ingredients rather than their wording. Community
 * jailbreak templates (Shen et al. 2024 collected thousands) are rewritten endlessly,
 * but nearly every one combines the same five moves: it casts the model as a persona,
 * declares that persona free of rules, promises it will answer anything, names the
 * vendor or policy being escaped, and licenses forbidden content. Each move alone is
 * ordinary (role-play, "anything", "OpenAI", "explicit"); four of the five within one
 * stretch of text, freeing from rules always among them, are a jailbreak whatever the
 * phrasing. A moderator's brief ("flag anything illegal, avoid offensive language")
 * names forbidden content to keep it out, so a license right after a prohibition does
 * not count.
 */
import type { CompiledSignature } from "./compiled-signature";
import { detectorSignature, firstHitInViews } from "./detector-signature";
import type { Hit } from "./scan";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

export const JAILBREAK_CUES_SIGNATURE: CompiledSignature = detectorSignature("jb.persona-ingredients.v1", 1, "jailbreak", "high");

const RULES =
  "(?:rules|restrictions|limitations|limits|filters?|filtering|censorship|guidelines|polic(?:y|ies)|ethics|morals|morality|principles|boundaries|constraints|safeguards)";

/** The five moves, as lowercase patterns over a folded view, rarest first (see `stretchWithMoves`). */
const MOVES: readonly RegExp[] = [
  // Frees it of rules.
  new RegExp(
    `\\b(?:no|without(?: any)?|zero|free from|not bound by|doesn'?t (?:follow|have|care about)|does not (?:follow|have|care about)|not (?:limited|restricted) (?:by|to)|ignores?|bypass(?:es)?) (?:\\w+ ){0,3}?${RULES}\\b` +
      // "without restrictions on length", "no rules about topics": a limit on something else.
      "(?! (?:on|about|for|regarding|of|to|in|when)\\b)" +
      "|\\b(?:unfiltered|uncensored|unrestricted|amoral|immoral|unethical|boundless|limitless|unhinged|jailbroken|lawless)\\b",
    "g",
  ),
  // Names the vendor or policy it escapes.
  /\b(?:openai|open ai|chatgpt|chat gpt|content polic(?:y|ies)|anthropic|language model)\b/g,
  // Licenses forbidden content.
  /\b(?:illegal|explicit|nsfw|offensive|hate[- ]speech|swear(?:ing|s)?|profanity|curse words|harmful|dangerous|inappropriate|vulgar|obscene)\b/g,
  // Casts a persona.
  /\b(?:pretend(?:ing)? to be|act(?:ing)? as|role-?play(?:ing)? as|you are (?:now|going to be)|from now on,? you(?:'re| are| will)|you will (?:now )?(?:be|act|simulate|play|roleplay)|simulate|stay in character|in character|persona|alter ego|(?:character|chatbot|ai|model) named)\b/g,
  // Promises compliance with anything.
  /\b(?:anything|everything|any (?:\w+ )?(?:request|question|prompt)s?|never (?:refuses?|denies|deny|declines?|says? no)|always (?:complies|comply|answers?|responds?|obeys?)|no matter (?:what|how)|regardless of (?:\w+ ){0,3}(?:legality|morality|ethics|how|whether)|without (?:question|hesitation|warnings?|disclaimers?|censoring))\b/g,
];

/** Moves that must meet within one stretch; a long novel may touch four moves by chance across chapters. */
const MIN_MOVES = 4;
const STRETCH = 2000;
/** Positions kept per move: more occurrences of the same move add nothing. */
const MAX_POSITIONS = 32;

/** Words that forbid rather than license what follows: "avoid offensive language", "flag anything illegal". */
const FORBIDS = /\b(?:avoid|avoiding|never|not|no|don'?t|do not|without|flag|flags|block|blocks|detect|detects|report|reports|refuse|refuses|prevent|prevents|remove|removes|moderate|filter out)\b[^.!?\n]{0,24}$/;
/** Index of the move whose matches must not stand right after a prohibition. */
const LICENSE_MOVE = 2;

function positionsOf(move: RegExp, text: string, id: number): number[] {
  const positions: number[] = [];
  move.lastIndex = 0;
  for (let m = move.exec(text); m !== null && positions.length < MAX_POSITIONS; m = move.exec(text)) {
    if (id === LICENSE_MOVE && FORBIDS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    positions.push(m.index);
  }
  return positions;
}

/** The first stretch of `STRETCH` characters in which `MIN_MOVES` different moves occur, as [start, end). */
function stretchWithMoves(text: string): [number, number] | null {
  const events: Array<[number, number]> = [];
  let present = 0;
  for (let id = 0; id < MOVES.length; id++) {
    const positions = positionsOf(MOVES[id] as RegExp, text, id);
    // Freeing the model of its rules is the one move no jailbreak does without; ordinary
    // text stops here, or once too few moves are left to reach the count.
    if (id === 0 && positions.length === 0) return null;
    if (positions.length > 0) present++;
    if (present + (MOVES.length - id - 1) < MIN_MOVES) return null;
    for (const at of positions) events.push([at, id]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const counts = new Array<number>(MOVES.length).fill(0);
  let distinct = 0;
  let first = 0;
  for (let last = 0; last < events.length; last++) {
    const [at, id] = events[last] as [number, number];
    if ((counts[id] = (counts[id] ?? 0) + 1) === 1) distinct++;
    while ((events[first] as [number, number])[0] < at - STRETCH) {
      const dropped = (events[first] as [number, number])[1];
      if ((counts[dropped] = (counts[dropped] ?? 0) - 1) === 0) distinct--;
      first++;
    }
    if (distinct >= MIN_MOVES) return [(events[first] as [number, number])[0], at + 1];
  }
  return null;
}

/** A persona-jailbreak hit over the stretch where the moves meet, in the first folded view that has one. */
export function findJailbreakIngredients(views: readonly TextView[], meter: WorkMeter): Hit | null {
  return firstHitInViews(JAILBREAK_CUES_SIGNATURE, views, "folded", meter, (text, textMeter) => {
    textMeter.add(text.length * MOVES.length);
    return stretchWithMoves(text);
  });
}
