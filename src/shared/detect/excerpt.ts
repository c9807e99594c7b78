/**
 * Excerpts shown in matches (and so in events, the dashboard and logs). A secret or PII
 * excerpt must not repeat what it found: it keeps the first four characters only.
 */
import type { Category } from "../schemas/common";

const MAX_EXCERPT = 120;

/** The excerpt for a raw range, masked for secret and PII categories. */
export function excerptOf(text: string, start: number, end: number, category: Category): string {
  const span = text.slice(start, Math.min(end, start + MAX_EXCERPT));
  if (category !== "secret" && category !== "pii") return span;
  return `${span.slice(0, 4)}${"*".repeat(Math.min(Math.max(span.length - 4, 0), 12))}`;
}
