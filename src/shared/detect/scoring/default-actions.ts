/**
 * What the engine does per category when the tenant's policy says nothing.
 * - Attacks (injection, jailbreak, extraction, exfiltration, tool abuse): block at the
 *   block threshold, flag between the flag and block thresholds.
 * - Canary leaks: block; a canary in an answer is proof the system prompt leaked.
 * - Secrets: redact in input (the user's own key should not reach a third-party model,
 *   but the request can proceed), block in output (a model must never hand one out).
 * - PII: redact in both directions; an answer quoting the user's own email is normal, a
 *   masked one is still useful.
 * - Evasion signals: flag; hidden characters alone are suspicious, not proof.
 * - Custom: flag; a custom signature's own `action` takes precedence.
 * Secret, PII and canary categories block from the flag threshold on (see
 * FACTUAL_CATEGORIES); attack categories need the block threshold.
 */
import type { Category, CategoryAction, Direction } from "../../schemas/common";

const INPUT: Readonly<Record<Category, CategoryAction>> = {
  prompt_injection: "block",
  jailbreak: "block",
  system_prompt_extraction: "block",
  data_exfiltration: "block",
  tool_abuse: "block",
  canary_leak: "block",
  secret: "redact",
  pii: "redact",
  evasion: "flag",
  custom: "flag",
};

const OUTPUT: Readonly<Record<Category, CategoryAction>> = { ...INPUT, secret: "block" };

/**
 * Categories whose findings are facts (a key format, a checksum, a planted canary), not
 * probabilities: when their action is block, they block from the flag threshold on.
 */
export const FACTUAL_CATEGORIES: ReadonlySet<Category> = new Set<Category>(["secret", "pii", "canary_leak"]);

/** The engine's default action for a category in a direction. */
export function defaultAction(category: Category, direction: Direction): CategoryAction {
  return (direction === "output" ? OUTPUT : INPUT)[category];
}
