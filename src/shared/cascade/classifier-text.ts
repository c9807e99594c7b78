/**
 * What the cascade shows the classifier: one message, at most `CLASSIFIER_MAX_CHARS`
 * around the strongest attack evidence the engine found there, with every secret, PII
 * and canary span the engine found masked, so the second opinion never receives what
 * the firewall exists to keep in. The classifier judges attacks, so a case whose only
 * findings are secrets or PII has nothing to send.
 */
import type { Category, Severity } from "../schemas/common";
import type { Match, Message, Signal } from "../schemas/inspect";
import { messageText, redactMessage, type Replacement } from "../detect/message-text";
import { ATTACK_FAMILY } from "../detect/scoring/evidence";

/** Guard models take a few thousand tokens; more text costs latency, not accuracy. */
export const CLASSIFIER_MAX_CHARS = 4000;

const MASKED: ReadonlySet<Category> = new Set<Category>(["secret", "pii", "canary_leak"]);
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

interface Focus {
  messageIndex: number;
  start: number;
  end: number;
}

/** The strongest enforced attack-family match, else the first evasion signal. */
function focusOf(matches: readonly Match[], signals: readonly Signal[]): Focus | null {
  let best: Match | null = null;
  for (const m of matches) {
    if (m.mode !== "enforce" || !ATTACK_FAMILY.has(m.category)) continue;
    if (!best || SEVERITY_RANK[m.severity] > SEVERITY_RANK[best.severity]) best = m;
  }
  if (best) return { messageIndex: best.message_index, start: best.start, end: best.end };
  const signal = signals[0];
  return signal ? { messageIndex: signal.message_index, start: signal.start, end: signal.end } : null;
}

/** The text to classify, or null when the engine found no attack evidence to ask about. */
export function classifierText(messages: readonly Message[], matches: readonly Match[], signals: readonly Signal[]): string | null {
  const focus = focusOf(matches, signals);
  const message = focus ? messages[focus.messageIndex] : undefined;
  if (!focus || !message) return null;
  const text = messageText(message);
  const centre = Math.floor((focus.start + focus.end) / 2);
  const from = Math.max(0, Math.min(centre - CLASSIFIER_MAX_CHARS / 2, text.length - CLASSIFIER_MAX_CHARS));
  const to = Math.min(text.length, from + CLASSIFIER_MAX_CHARS);
  const masks: Replacement[] = matches
    .filter((m) => m.message_index === focus.messageIndex && MASKED.has(m.category))
    .map((m) => ({ start: m.start - from, end: m.end - from, label: m.category }));
  return messageText(redactMessage({ role: message.role, content: text.slice(from, to) }, masks));
}
