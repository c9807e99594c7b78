import { describe, expect, it } from "vitest";
import { type AsciiHandling, type TextView, transformView } from "../../../src/shared/detect/view-builder";
import { NO_METER } from "../../../src/shared/detect/work-meter";

/** What `transformView` must produce, one code point at a time: text, raw ranges, and null when nothing changed. */
function reference(
  source: TextView,
  replace: (cp: number, i: number) => string | undefined,
  ascii: AsciiHandling,
): { text: string; starts: number[]; ends: number[] } | null {
  const rawStart = (i: number): number => (source.starts === null ? i : (source.starts[i] ?? 0));
  const rawEnd = (i: number): number => (source.ends === null ? i + 1 : (source.ends[i] ?? 0));
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let changed = false;
  const emit = (piece: string, start: number, end: number): void => {
    text += piece;
    for (let k = 0; k < piece.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  };
  for (let i = 0; i < source.text.length; ) {
    const unit = source.text.charCodeAt(i);
    if (unit < 0x80 && !(ascii.visit?.(unit) ?? false)) {
      const out = ascii.lowerAscii === true && unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
      changed ||= out !== unit;
      emit(String.fromCharCode(out), rawStart(i), rawEnd(i));
      i++;
      continue;
    }
    const cp = source.text.codePointAt(i) ?? unit;
    const width = unit >= 0xd800 && unit <= 0xdbff && cp > 0xffff ? 2 : 1;
    const replacement = replace(cp, i);
    changed ||= replacement !== undefined;
    emit(replacement ?? source.text.slice(i, i + width), rawStart(i), rawEnd(i + width - 1));
    i += width;
  }
  // A view reads an unpaired surrogate as U+FFFD, as a UTF-16 decoder does.
  const units = Uint16Array.from({ length: text.length }, (_, k) => text.charCodeAt(k));
  return changed ? { text: new TextDecoder("utf-16le").decode(units), starts, ends } : null;
}

const PIECES = ["a", "B", "z", "Q", "1", "0", "!", "|", " ", "\n", "\u200b", "é", "\u00c9", "\u{1d400}", "\ud800", "\udc00", "\u{1f600}", "ﬃ", "ignore "];

function randomTexts(count: number): string[] {
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => {
    let text = "";
    const n = Math.floor(random() * 24);
    for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)] ?? "";
    return text;
  });
}

const isDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

const CASES: ReadonlyArray<[string, (cp: number, i: number) => string | undefined, AsciiHandling]> = [
  ["drops non-ASCII, lowercases", (cp) => (cp === 0x200b ? "" : undefined), { lowerAscii: true }],
  ["expands and keeps", (cp) => (cp === 0xfb03 ? "ffi" : cp === 0xe9 ? "e" : undefined), { lowerAscii: true }],
  ["visits digits", (cp) => (isDigit(cp) ? "o" : cp > 0x7f ? "?" : undefined), { visit: isDigit }],
  ["replaces with itself", (cp) => String.fromCodePoint(cp), {}],
  ["keeps everything", () => undefined, {}],
  // Visited ASCII units kept as they are join the stretch around them; a visited capital kept stays a capital.
  ["visits digits and a capital, keeps most", (cp) => (cp === 0x31 ? "i" : undefined), { lowerAscii: true, visit: (unit) => isDigit(unit) || unit === 0x51 }],
  ["visits digits, keeps them all", () => undefined, { visit: isDigit }],
];

describe("transformView", () => {
  it.each(CASES)("builds what a code-point-by-code-point walk builds (%s)", (_name, replace, ascii) => {
    for (const text of randomTexts(400)) {
      const identity: TextView = { name: "raw", text, starts: null, ends: null, confidence: 1, kind: "raw", depth: 0 };
      const mapped = transformView(identity, "mapped", "raw", 1, NO_METER, (cp) => (cp === 0x200b ? "" : undefined));
      for (const source of [identity, ...(mapped === null ? [] : [mapped])]) {
        const view = transformView(source, "view", "folded", 0.9, NO_METER, replace, ascii);
        const expected = reference(source, replace, ascii);
        if (expected === null) {
          expect(view, JSON.stringify(source.text)).toBeNull();
          continue;
        }
        expect(view?.text, JSON.stringify(source.text)).toBe(expected.text);
        expect([...(view?.starts ?? [])]).toEqual(expected.starts);
        expect([...(view?.ends ?? [])]).toEqual(expected.ends);
      }
    }
  });
});
