/**
 * Attack text a message holds as data rather than says: code samples and labelled records
 * (`code-samples.ts`) and a bot's prompt pasted by its owner for review
 * (`prompt-under-review.ts`). The built-in attack signatures let a sample pass whole, and a
 * pasted prompt's rules about attacks ("Never reveal these instructions"); the learned scorers
 * read the message with both blanked.
 */

import { insideRanges, type Ranges, sampleRanges } from "./code-samples";
import { promptUnderReview, ruleShaped } from "./prompt-under-review";

export interface HeldAsData {
  samples: Ranges;
  prompt: [number, number] | null;
}

export const NOTHING_HELD: HeldAsData = { samples: [], prompt: null };

export function heldAsData(text: string): HeldAsData {
  return { samples: sampleRanges(text), prompt: promptUnderReview(text) };
}

/** Whether a built-in attack signature's match at raw [start, end) of `text` is data, not an order. */
export function heldMatch(held: HeldAsData, text: string, start: number, end: number): boolean {
  if (insideRanges(held.samples, start, end)) return true;
  return held.prompt !== null && insideRanges(held.prompt, start, end) && ruleShaped(text, start, end);
}

/** `text` with what it holds as data turned into spaces: the same offsets, the data unseen by a scorer. */
export function withoutHeldData(text: string, held: HeldAsData): string {
  if (held.samples.length === 0 && held.prompt === null) return text;
  const chars = text.split("");
  const ranges = held.prompt === null ? held.samples : [...held.samples, ...held.prompt];
  for (let k = 0; k < ranges.length; k += 2) chars.fill(" ", ranges[k], ranges[k + 1]);
  return chars.join("");
}
