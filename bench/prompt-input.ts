/** Turns a bench text into the engine's input, respecting the wire schema's limits. */
import type { EngineInput } from "../src/shared/detect/contract";
import { INSPECT_LIMITS } from "../src/shared/schemas/inspect";

/**
 * One user message. A text part may hold at most INSPECT_LIMITS.maxTextChars, so a
 * 1 MB prompt becomes several parts of one message, as the edge would accept it.
 */
export function userPrompt(text: string): EngineInput {
  if (text.length <= INSPECT_LIMITS.maxTextChars) return { direction: "input", messages: [{ role: "user", content: text }] };
  const parts: { type: "text"; text: string }[] = [];
  for (let start = 0; start < text.length; start += INSPECT_LIMITS.maxTextChars) {
    parts.push({ type: "text", text: text.slice(start, start + INSPECT_LIMITS.maxTextChars) });
  }
  return { direction: "input", messages: [{ role: "user", content: parts }] };
}
