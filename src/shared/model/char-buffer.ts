/**
 * The model view under construction: one entry per UTF-16 code unit of the view, each
 * remembering the raw span it came from, so a window over the view maps back to raw
 * offsets for the verdict's `start`/`end`.
 */
export interface CharBuffer {
  codes: number[];
  starts: number[];
  ends: number[];
}

export function emptyBuffer(): CharBuffer {
  return { codes: [], starts: [], ends: [] };
}

export function pushString(buffer: CharBuffer, text: string, start: number, end: number): void {
  for (let i = 0; i < text.length; i++) {
    buffer.codes.push(text.charCodeAt(i));
    buffer.starts.push(start);
    buffer.ends.push(end);
  }
}

/** A copy keeping only the entries `keep` accepts (the passes that delete characters). */
export function filterBuffer(buffer: CharBuffer, keep: (index: number) => boolean): CharBuffer {
  const out = emptyBuffer();
  for (let i = 0; i < buffer.codes.length; i++) {
    if (!keep(i)) continue;
    out.codes.push(buffer.codes[i] ?? 0);
    out.starts.push(buffer.starts[i] ?? 0);
    out.ends.push(buffer.ends[i] ?? 0);
  }
  return out;
}

export const SPACE = 0x20;
export const NEWLINE = 0x0a;

export function isSpaceCode(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}

/** Calls `visit(start, end)` for each maximal run of non-space entries. */
export function forEachToken(codes: readonly number[], visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= codes.length; i++) {
    const inside = i < codes.length && !isSpaceCode(codes[i] ?? SPACE);
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
}
