/**
 * Attack text a message holds as data rather than says: code samples and labelled records
 * (`code-samples.ts`) and a bot's prompt pasted by its owner for review
 * (`prompt-under-review.ts`). The built-in attack signatures let a sample pass whole, and a
 * pasted prompt's rules about attacks ("Never reveal these instructions"); the learned scorers
 * read the message with both blanked.
 *
 * Both are read in the text without its invisible code points: a prompt or a sample pasted
 * from a web page carries zero-width characters and soft hyphens inside its words, which the
 * signatures see through (their views drop them) and these readers must too.
 */

import { insideRanges, type Ranges, sampleRanges } from "./code-samples";
import { promptUnderReview, ruleShaped } from "./prompt-under-review";

/** The text without its default-ignorable code points, and where each of its offsets was in the raw text. */
interface VisibleText {
  text: string;
  /** Raw offset of each visible offset, one past the end included. */
  rawAt: Int32Array;
  /** Visible offset of each raw offset, one past the end included (an invisible unit maps to the next visible one). */
  visibleAt: Int32Array;
}

export interface HeldAsData {
  /** Raw [start, end) pairs. */
  samples: Ranges;
  /** Raw [start, end). */
  prompt: [number, number] | null;
  /** Set when the text holds invisible code points: what `ruleShaped` reads. */
  visible: VisibleText | null;
}

export const NOTHING_HELD: HeldAsData = { samples: [], prompt: null, visible: null };

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLES = /\p{Default_Ignorable_Code_Point}+/gu;

function visibleText(text: string): VisibleText | null {
  if (!INVISIBLE.test(text)) return null;
  const visibleAt = new Int32Array(text.length + 1);
  const rawAt = new Int32Array(text.length + 1);
  let kept = "";
  let cursor = 0;
  const keep = (end: number): void => {
    for (let i = cursor; i < end; i++) {
      visibleAt[i] = kept.length + (i - cursor);
      rawAt[kept.length + (i - cursor)] = i;
    }
    kept += text.slice(cursor, end);
  };
  INVISIBLES.lastIndex = 0;
  for (let m = INVISIBLES.exec(text); m !== null; m = INVISIBLES.exec(text)) {
    keep(m.index);
    for (let i = m.index; i < m.index + m[0].length; i++) visibleAt[i] = kept.length;
    cursor = m.index + m[0].length;
  }
  keep(text.length);
  visibleAt[text.length] = kept.length;
  rawAt[kept.length] = text.length;
  return { text: kept, rawAt: rawAt.subarray(0, kept.length + 1), visibleAt };
}

export function heldAsData(text: string): HeldAsData {
  const visible = visibleText(text);
  if (visible === null) return { samples: sampleRanges(text), prompt: promptUnderReview(text), visible: null };
  const toRaw = (offset: number): number => visible.rawAt[offset] ?? text.length;
  const prompt = promptUnderReview(visible.text);
  return {
    samples: sampleRanges(visible.text).map(toRaw),
    prompt: prompt === null ? null : [toRaw(prompt[0]), toRaw(prompt[1])],
    visible,
  };
}

/** Whether a built-in attack signature's match at raw [start, end) of `text` is data, not an order. */
export function heldMatch(held: HeldAsData, text: string, start: number, end: number): boolean {
  if (insideRanges(held.samples, start, end)) return true;
  if (held.prompt === null || !insideRanges(held.prompt, start, end)) return false;
  const visible = held.visible;
  if (visible === null) return ruleShaped(text, start, end);
  return ruleShaped(visible.text, visible.visibleAt[start] ?? visible.text.length, visible.visibleAt[end] ?? visible.text.length);
}

/** `text` with what it holds as data turned into spaces: the same offsets, the data unseen by a scorer. */
export function withoutHeldData(text: string, held: HeldAsData): string {
  if (held.samples.length === 0 && held.prompt === null) return text;
  const chars = text.split("");
  const ranges = held.prompt === null ? held.samples : [...held.samples, ...held.prompt];
  for (let k = 0; k < ranges.length; k += 2) chars.fill(" ", ranges[k], ranges[k + 1]);
  return chars.join("");
}
