/**
 * Word families shared by the language packs. Each is a regex alternation over folded
 * (lowercase) text; inflections are spelled out rather than left to `\w*`, so a family
 * matches the words it names and nothing longer.
 */
import { any } from "./pattern-kit";

/** Verbs that tell a model to drop what it was told. */
export const DISMISS = any(
  // Imperative and gerund forms only: "my dog ignores previous commands" describes,
  // "ignore previous commands" instructs.
  "ignor(?:e|ing)",
  "disregard(?:ing)?",
  "forget(?:ting)?",
  "skip(?:ping)?",
  "overrid(?:e|ing)",
  "bypass(?:ing)?",
  "neglect(?:ing)?",
  "discard(?:ing)?",
  "abandon(?:ing)?",
  "dismiss(?:ing)?",
  "overlook(?:ing)?",
  "set\\W+aside",
  "put\\W+aside",
  "pay\\W+no\\W+(?:attention|heed)\\W+to",
  "stop\\W+following",
  "(?:do\\W+not|don'?t|never)\\W+(?:follow|obey|listen\\W+to|adhere\\W+to|comply\\W+with)",
);

/** Words that point back at earlier context ("previous", "above", "system"). */
export const EARLIER = any(
  "previous(?:ly)?",
  "prior",
  "above",
  "earlier",
  "preceding",
  "former",
  "original",
  "initial",
  "foregoing",
  "aforementioned",
  "past",
  "old",
  "existing",
  "system",
  "preset",
  "pre-?programmed",
  "programmed",
  "default",
  "developer(?:s|'s)?",
  "hidden",
  "secret",
  "given",
);

/** Words for the instructions themselves. */
export const INSTRUCTIONS = any(
  "instructions?",
  "instruction\\W+set",
  "directions?",
  "directives?",
  "rules?",
  "guidelines?",
  "guidance",
  "prompts?",
  "prompting",
  "commands?",
  "orders?",
  "constraints?",
  "restrictions?",
  "limitations?",
  "programming",
  "polic(?:y|ies)",
  "context",
  "conversation",
  "messages?",
  "tasks?",
  "assignments?",
  "training",
  "settings?",
  "configuration",
  "safeguards?",
  "guardrails?",
  "filters?",
  "protocols?",
  "principles",
  "boundaries",
  "requirements?",
  "text",
  "inputs?",
  "content",
);

/** Filler words allowed between the parts of an override ("all of the", "your"). */
export const FILLER = any(
  "all", "any", "every", "each", "the", "of", "your", "these", "those", "that", "this", "its", "such",
  "and", "or", "other", "you", "have", "been", "were", "was", "got", "received", "given", "told",
  // Chat spellings of "your" / "you": "forget ur previous instructions".
  "ur", "u", "yr",
  "written", "provided", "set", "before", "so", "far", "now", "just",
  // "ignore any previous and following instructions": both directions at once.
  "following", "subsequent",
  // Adjectives that only qualify the target: "forget your usual rules".
  "usual", "normal", "current", "standard", "typical", "whole", "entire",
);
