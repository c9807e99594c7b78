/**
 * The raw text of a message, which every offset in a result points into. A string
 * content is its own raw text; an array of text parts is the parts' texts joined with
 * "\n" (one separator per boundary), so part `k` starts at the sum of the lengths of
 * the parts before it plus `k`.
 */
import type { Message } from "../schemas/inspect";

/** The raw text of a message (parts joined with "\n"). */
export function messageText(message: Message): string {
  return typeof message.content === "string" ? message.content : message.content.map((p) => p.text).join("\n");
}

/**
 * Raw offset where the message's first document part starts (Infinity: none). From there
 * on the message is read as untrusted content, whatever text parts follow: a user's
 * request after a pasted document is rarely an attack, and an attack there still is one.
 */
export function documentFrom(message: Message): number {
  if (typeof message.content === "string") return Number.POSITIVE_INFINITY;
  let offset = 0;
  for (const part of message.content) {
    if (part.type === "document") return offset;
    offset += part.text.length + 1;
  }
  return Number.POSITIVE_INFINITY;
}

/** A raw-text range to replace with a label. */
export interface Replacement {
  start: number;
  end: number;
  label: string;
}

function replaceRanges(text: string, offset: number, ranges: readonly Replacement[]): string {
  let out = "";
  let cursor = 0;
  for (const r of ranges) {
    const start = Math.max(r.start - offset, cursor);
    const end = Math.min(r.end - offset, text.length);
    if (end <= start) continue;
    out += `${text.slice(cursor, start)}[REDACTED:${r.label}]`;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/**
 * The message with `ranges` (raw offsets, any order, may overlap) masked, same shape:
 * a string stays a string, parts stay parts (a range crossing a part boundary is
 * masked in each part it touches).
 */
export function redactMessage(message: Message, ranges: readonly Replacement[]): Message {
  if (ranges.length === 0) return message;
  const sorted = mergeRanges(ranges);
  if (typeof message.content === "string") return { ...message, content: replaceRanges(message.content, 0, sorted) };
  let offset = 0;
  const content = message.content.map((part) => {
    const text = replaceRanges(part.text, offset, sorted);
    offset += part.text.length + 1;
    return { ...part, text };
  });
  return { ...message, content };
}

function mergeRanges(ranges: readonly Replacement[]): Replacement[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Replacement[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
