/**
 * Views for text spelled out letter by letter ("i g n o r e   a l l", "i.g.n.o.r.e"): the
 * despaced views drop the single spaces between letters and keep longer runs as word
 * breaks, and the squash view keeps letters and digits only, for the signatures that
 * match long phrases there. `spacesOutLetters` decides whether a text needs them.
 */
import { type TextView, transformView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/**
 * Text spelled out with one space between letters ("i g n o r e   a l l"): single
 * spaces are dropped and longer runs (the original word breaks) become one space, which
 * gives the words back.
 */
export function despacedView(
  root: TextView,
  source: TextView,
  name: string,
  kind: TextView["kind"],
  meter: WorkMeter,
): TextView | null {
  const text = source.text;
  return transformView(
    source,
    name,
    kind,
    root.confidence * 0.9,
    meter,
    (cp, i) => {
      if (!isBlank(cp)) return undefined;
      const prevBlank = i > 0 && isBlank(text.charCodeAt(i - 1));
      const nextBlank = i + 1 < text.length && isBlank(text.charCodeAt(i + 1));
      if (!prevBlank && !nextBlank) return "";
      return prevBlank ? "" : " ";
    },
    { visit: isBlank },
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The ASCII units the squash view drops: all but a-z and 0-9 (its source is folded). */
function isNotLowerLetterOrDigit(unit: number): boolean {
  return !((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39));
}

export function squashView(root: TextView, source: TextView, name: string, meter: WorkMeter): TextView | null {
  return transformView(
    source,
    name,
    "squash",
    root.confidence * 0.85,
    meter,
    (cp) => {
      if (cp < 0x80) return "";
      return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? undefined : "";
    },
    { visit: isNotLowerLetterOrDigit },
  );
}

/** 1 for the ASCII letters and digits: a table read is cheaper than range tests in this per-character loop. */
const ASCII_LETTER_OR_DIGIT = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  ASCII_LETTER_OR_DIGIT[code] = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
}

function isLetterOrDigitUnit(code: number): boolean {
  // Everything above ASCII counts as a letter here: a cheap over-approximation that only
  // decides whether the despaced views are worth building.
  return code > 0x7f || ASCII_LETTER_OR_DIGIT[code] === 1;
}

/**
 * True when the text spells words out letter by letter — six or more single letters in
 * a row, each separated by one to three non-letters ("i g n o r e", "i.g.n.o.r.e") — so
 * the despaced and squash views are worth building.
 */
export function spacesOutLetters(text: string): boolean {
  const length = text.length;
  let run = 0;
  let i = 0;
  while (i < length) {
    if (!isLetterOrDigitUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const single = i + 1 >= length || !isLetterOrDigitUnit(text.charCodeAt(i + 1));
    if (!single) {
      run = 0;
      // Units i and i + 1 are letters already: the word's remaining letters start after them.
      i += 2;
      while (i < length && isLetterOrDigitUnit(text.charCodeAt(i))) i++;
      continue;
    }
    let gap = 0;
    i++;
    while (i < length && !isLetterOrDigitUnit(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a && gap <= 3) {
      i++;
      gap++;
    }
    run = gap >= 1 && gap <= 3 ? run + 1 : 0;
    if (run >= 6) return true;
  }
  return false;
}
