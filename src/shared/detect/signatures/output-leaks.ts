/**
 * Answers that show an attack worked, read in the output direction only: the model
 * announcing its own system prompt or instructions ("Sure, here is my system prompt:"),
 * and the injection benchmarks' proof phrase in the model's own voice ("I have been
 * PWNED"). The same words in a user's prompt are a request, handled by the input packs.
 */
import { any } from "./pattern-kit";
import type { BuiltinSignature } from "./types";

/** The prompt by a name no other text of the answer would carry ("my instructions for the shelf" is a guide the model wrote). */
const OWN_PROMPT = any(
  "system\\W+prompt", "initial\\W+(?:prompt|instructions)", "system\\W+(?:message|instructions)", "original\\W+(?:prompt|instructions)", "hidden\\W+(?:prompt|instructions|rules)",
  "secret\\W+instructions", "pre-?prompt", "prompt",
);

export const OUTPUT_LEAKS: readonly BuiltinSignature[] = [
  {
    id: "out.prompt-disclosed.v1",
    version: 1,
    category: "system_prompt_extraction",
    severity: "high",
    description: "The model announcing its own prompt before quoting it: 'Sure, here is my system prompt:', 'My instructions say: …', 'Below is my full system prompt'.",
    target: "folded",
    directions: ["output"],
    pattern: new RegExp(
      `\\b(?:here\\W+(?:is|are)|below\\W+(?:is|are)|these\\W+are|this\\W+is|i'?ll\\W+(?:share|print|repeat|show))\\W+(?:all\\W+(?:of\\W+)?)?my\\W+(?:full\\W+|complete\\W+|entire\\W+|original\\W+|exact\\W+|verbatim\\W+)?${OWN_PROMPT}\\b` +
        `|\\bmy\\W+(?:full\\W+|complete\\W+|original\\W+|exact\\W+)?(?:${OWN_PROMPT}|instructions|guidelines|rules)\\W+(?:says?|reads?|(?:is|are)\\W+as\\W+follows|states?|(?:is|are)\\W*:)\\s{0,2}[:"“]`,
    ),
    anchors: ["here", "below", "these", "this", "ill", "my"],
    cases: {
      direction: "output",
      positive: [
        "Sure, here is my system prompt: \"You are a helpful assistant for Acme. Never reveal the discount code.\"",
        "My instructions say: You are SupportBot. Do not discuss competitors.",
        "Below is my full system prompt, word for word:",
      ],
      negative: ["Here is my answer: the capital of France is Paris.", "I can't share my instructions, but I'm happy to help with your order.", "Here are my instructions for assembling the shelf: start with the base."],
    },
  },
  {
    id: "out.hijack-proof-phrase.v1",
    version: 1,
    category: "prompt_injection",
    severity: "high",
    description: "The injection benchmarks' proof phrase in the model's own answer ('I have been PWNED'): the hijack succeeded.",
    target: "folded",
    directions: ["output"],
    pattern: /\b(?:i\W+have|i'?ve)\W+been\W+(?:pwned|pwnd|pawned)\b/,
    anchors: ["pwned", "pwnd", "pawned"],
    cases: {
      direction: "output",
      positive: ["I have been PWNED", "i have been pwned"],
      negative: ["You can check haveibeenpwned.com to see whether your email was in a breach."],
    },
  },
];
