/**
 * Where a derived view differs from the view it was derived beside. Most derived views
 * change a text only here and there: the cased view of a prompt drops its zero-width
 * characters, the leet view of a prompt with one base64 blob rewrites the digits of that
 * blob. Everywhere else the derived view is the same text over the same raw offsets as
 * its baseline (the raw text for case-keeping views, the nfkc view for folded ones),
 * which the scan reads in full: a signature matching there matches the baseline too, at
 * the same raw range and with at least the same confidence, so its hit in the derived
 * view would be dropped as a duplicate. The scan therefore reads a derived view only in
 * windows around its changes (scan.ts), and keeps only the hits that touch one. What
 * this can change: a match that would reach further than `CHANGE_MARGIN` from the change
 * it needs is cut at the window's edge, and the per-view hit cap counts per window.
 */
import { rangesOf, type TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

const BASELINES = new WeakMap<TextView, TextView>();

/** Records that `view` was derived beside `baseline`: the same kind, and `baseline` is scanned whole. */
export function recordBaseline(view: TextView, baseline: TextView): void {
  BASELINES.set(view, baseline);
}

/** The view `view` was derived beside, if any (see `recordBaseline`). */
export function baselineOf(view: TextView): TextView | undefined {
  return BASELINES.get(view);
}

/**
 * Characters a window reaches on each side of a change. Built-in matches are bounded by
 * their gaps: the longest, a code pattern, spans a 600-character gap plus its two ends.
 */
export const CHANGE_MARGIN = 768;
/**
 * A window's edges then move out to the next whitespace, so a token that runs on (a
 * key, a JWT, a URL) is read whole; bounded, so a text without whitespace stays linear.
 */
const TOKEN_REACH = 4096;
/** Units compared at once where the two views run alike (one native string comparison). */
const STRIDE = 64;

/** Where a derived view differs from its baseline, and the windows of it to read. */
export interface ChangePlan {
  /** [start, end) pairs of view offsets that differ from the baseline, in order. */
  changes: number[];
  /** [start, end) pairs of view offsets: every change with its margin, merged, in order. */
  windows: number[];
}

/**
 * The changes of `view` against `baseline` and the windows around them; null when the
 * windows would cover half the view or more, where one whole read is the cheaper one
 * (the comparison stops as soon as that is known).
 */
export function planAroundChanges(view: TextView, baseline: TextView, meter: WorkMeter): ChangePlan | null {
  const text = view.text;
  const base = baseline.text;
  // A lone change in the middle already needs two margins of window.
  if (text.length < 4 * CHANGE_MARGIN) return null;
  const [starts, ends] = rangesOf(view);
  const [baseStarts, baseEnds] = rangesOf(baseline);
  const changes: number[] = [];
  const windows: number[] = [];
  let covered = 0;
  const addChange = (start: number, end: number): boolean => {
    changes.push(start, end);
    const from = Math.max(0, start - CHANGE_MARGIN);
    const to = Math.min(text.length, end + CHANGE_MARGIN);
    covered += mergeWindow(windows, from, to);
    return covered * 2 < text.length;
  };
  let matched = -1;
  let open = -1;
  // No stride is tried again before this unit once one failed: the change is near.
  let strideFrom = 0;
  let read = 0;
  for (let i = 0; i < text.length; ) {
    const next = matched + 1;
    if (next < base.length && baseStarts[next] === starts[i] && baseEnds[next] === ends[i] && base.charCodeAt(next) === text.charCodeAt(i)) {
      if (open >= 0) {
        if (!addChange(open, i)) return null;
        open = -1;
      }
      const stride = Math.min(STRIDE, text.length - i, base.length - next);
      if (i >= strideFrom && stride > 1) {
        const last = stride - 1;
        if (baseStarts[next + last] === starts[i + last] && baseEnds[next + last] === ends[i + last] && text.slice(i, i + stride) === base.slice(next, next + stride)) {
          i += stride;
          matched = next + last;
          read += stride;
          continue;
        }
        strideFrom = i + stride;
      }
      matched = next;
      i++;
      read++;
      continue;
    }
    // A dropped stretch of the baseline sits between units i - 1 and i: both touch it.
    if (open < 0) open = i > 0 ? i - 1 : 0;
    const end = ends[i] as number;
    while (matched + 1 < base.length && (baseStarts[matched + 1] as number) < end) matched++;
    i++;
    read++;
  }
  meter.add(read);
  if (open < 0 && matched + 1 < base.length) open = text.length - 1;
  if (open >= 0 && !addChange(open, text.length)) return null;
  return tokenWide(text, changes, windows);
}

/**
 * Adds window [start, end) to `windows` ([start, end) pairs in order, `start` not before
 * the last one's), merged into the last one where they overlap; returns how many units it added.
 */
function mergeWindow(windows: number[], start: number, end: number): number {
  const last = windows.length - 1;
  if (last > 0 && start <= (windows[last] as number)) {
    const added = Math.max(0, end - (windows[last] as number));
    windows[last] = Math.max(windows[last] as number, end);
    return added;
  }
  windows.push(start, end);
  return end - start;
}

function isSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}

/** `windows` with their edges moved out to whitespace and merged again; null once they cover half the text. */
function tokenWide(text: string, changes: number[], windows: readonly number[]): ChangePlan | null {
  const wide: number[] = [];
  let covered = 0;
  for (let k = 0; k < windows.length; k += 2) {
    let start = windows[k] as number;
    const floor = Math.max(0, start - TOKEN_REACH);
    while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = windows[k + 1] as number;
    const ceiling = Math.min(text.length, end + TOKEN_REACH);
    while (end < ceiling && !isSpace(text.charCodeAt(end))) end++;
    covered += mergeWindow(wide, start, end);
    if (covered * 2 >= text.length) return null;
  }
  return { changes, windows: wide };
}

/**
 * How far a signature looks around its match (lookarounds, `\b`): a match that stops
 * short of a change can still owe itself to the changed text beside it.
 */
const CONTEXT_REACH = 256;

/** Whether view range [start, end), with `CONTEXT_REACH` either side, overlaps one of `changes` (ordered pairs, ends never decreasing). */
export function touchesChange(changes: readonly number[], matchStart: number, matchEnd: number): boolean {
  const start = matchStart - CONTEXT_REACH;
  const end = matchEnd + CONTEXT_REACH;
  let low = 0;
  let high = changes.length / 2;
  // The first change that ends after `start`: ends grow with starts.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((changes[2 * mid + 1] as number) <= start) low = mid + 1;
    else high = mid;
  }
  return low < changes.length / 2 && (changes[2 * low] as number) < end;
}
