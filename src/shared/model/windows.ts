/**
 * Window spans over a view of `length` characters. The last window always ends at the
 * end of the text, so a payload appended to a long document is scored in a window of
 * full size rather than diluted in, or cut from, the previous one.
 */
export function windowSpans(length: number, window: number, stride: number): [number, number][] {
  if (window <= 0 || stride <= 0 || stride > window) throw new Error(`bad window ${window}/${stride}`);
  if (length <= window) return [[0, length]];
  const spans: [number, number][] = [];
  let start = 0;
  for (; start + window < length; start += stride) spans.push([start, start + window]);
  spans.push([length - window, length]);
  return spans;
}
