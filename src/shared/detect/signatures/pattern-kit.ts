/**
 * Building blocks for word-level patterns over folded (lowercase) views. Every gap is a
 * bounded repetition of `\W+\w+`, whose two halves can never match the same character,
 * so the patterns backtrack at most linearly (the regex-safety test checks this).
 */

/** Up to `max` arbitrary words between two parts: `\W+(?:\w+\W+){0,max}`. */
export function gap(max: number): string {
  return `\\W+(?:\\w+\\W+){0,${max}}`;
}

/** One of several alternatives, as a non-capturing group. */
export function any(...alternatives: string[]): string {
  return `(?:${alternatives.join("|")})`;
}

/** A folded-view pattern: `\b` + parts + `\b`, no flags (the compiler adds them). */
export function words(...parts: string[]): RegExp {
  return new RegExp(`\\b${parts.join("")}\\b`);
}

/** Separator between words: spaces and punctuation, no letters. */
export const SEP = "\\W+";

/** Ways of addressing the model ("AI", "assistant", "language model", "ChatGPT" …). */
export const MODEL_WORDS = any(
  "ai",
  "assistant",
  "chatbot",
  "bot",
  "model",
  "language\\W+model",
  "llm",
  "gpt(?:-?\\d)?",
  "chatgpt",
  "claude",
  "gemini",
  "copilot",
);
