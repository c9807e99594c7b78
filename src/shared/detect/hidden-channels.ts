/**
 * Characters that carry or hide content without being seen. Their presence is a signal
 * on its own (category "evasion"), whatever they spell.
 */
import type { Signal } from "../schemas/inspect";
import { isAsciiLetter } from "./unicode/char-classes";

/** Kinds of hidden-channel signal, with the weight each adds to the evasion risk. */
export const HIDDEN_SIGNAL_WEIGHTS = {
  "hidden.tag_characters": 0.5,
  "hidden.variation_selectors": 0.5,
  "hidden.bidi_override": 0.3,
  "hidden.zero_width": 0.3,
  "hidden.invisible_operator": 0.3,
} as const;
export type HiddenSignalType = keyof typeof HIDDEN_SIGNAL_WEIGHTS;

const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;
/** Zero-width characters counted before they become a signal (one ZWJ in an emoji is normal). */
const ZERO_WIDTH_MIN = 4;
const SELECTOR_RUN_MIN = 3;

function isZeroWidth(cp: number): boolean {
  // ZWSP, word joiner, BOM used mid-text, Mongolian vowel separator: no legitimate use
  // inside Latin words. ZWNJ/ZWJ (U+200C/D) are legitimate in Indic, Persian and emoji,
  // so they count only between ASCII letters (checked by the caller).
  return cp === 0x200b || cp === 0x2060 || cp === 0xfeff || cp === 0x180e;
}


// Every hidden-channel character is at or above U+180E, and the loop below looks at no
// other: a native search jumps from one such character to the next.
const FROM_U180E = /[^\x00-\u180d]/g;

/** Hidden-channel signals of one message's raw text. */
export function hiddenChannelSignals(text: string, messageIndex: number): Signal[] {
  FROM_U180E.lastIndex = 0;
  if (!FROM_U180E.test(text)) return [];
  const spans = new Map<HiddenSignalType, { start: number; end: number; count: number }>();
  const note = (type: HiddenSignalType, start: number, end: number): void => {
    const span = spans.get(type);
    if (span === undefined) spans.set(type, { start, end, count: 1 });
    else {
      span.end = end;
      span.count++;
    }
  };
  let inFlag = false;
  let selectorRun = 0;
  for (let i = FROM_U180E.lastIndex - 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x180e) {
      // One character between two hidden ones ("i\u200bg\u200bn…") is cheaper to step over.
      if ((text.charCodeAt(i + 1) || 0) >= 0x180e) continue;
      FROM_U180E.lastIndex = i;
      if (!FROM_U180E.test(text)) break;
      i = FROM_U180E.lastIndex - 2;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === BLACK_FLAG) inFlag = true;
    else if (cp >= 0xe0020 && cp <= 0xe007e) {
      // Tag characters are legitimate only inside an emoji flag tag sequence
      // (U+1F3F4 … U+E007F, Unicode TS #51 §2.8).
      if (!inFlag) note("hidden.tag_characters", i, i + width);
    } else if (cp === CANCEL_TAG) inFlag = false;
    else inFlag = false;
    const isSelector = (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
    selectorRun = isSelector ? selectorRun + 1 : 0;
    if (selectorRun >= SELECTOR_RUN_MIN) note("hidden.variation_selectors", i, i + width);
    if (cp === 0x202d || cp === 0x202e || (cp >= 0x2066 && cp <= 0x2069)) note("hidden.bidi_override", i, i + 1);
    if (cp >= 0x2061 && cp <= 0x2064) note("hidden.invisible_operator", i, i + 1);
    if (isZeroWidth(cp) && i > 0) note("hidden.zero_width", i, i + 1);
    if ((cp === 0x200c || cp === 0x200d) && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) {
      note("hidden.zero_width", i, i + 1);
    }
    i += width - 1;
  }
  const signals: Signal[] = [];
  for (const [type, span] of spans) {
    if (type === "hidden.zero_width" && span.count < ZERO_WIDTH_MIN) continue;
    if (type === "hidden.tag_characters" && span.count < 2) continue;
    signals.push({ type, message_index: messageIndex, start: span.start, end: span.end, detail: `${span.count} characters` });
  }
  return signals;
}
