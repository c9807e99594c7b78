/**
 * Runs one signature's regex over a view, or over parts of it (windows around anchor
 * words, offsets where a match can start), and records the matches that count as hits.
 */
import type { CompiledSignature } from "./compiled-signature";
import { mostStartsWorthTrying, type SignatureStarts, startsWithin, type ViewStarts, worthTrying } from "./match-starts";
import type { Hit, ScanContext } from "./scan";
import { type TextView, toRawRange } from "./view-builder";

/** Hits of one signature in one view are capped: past this, more of the same adds nothing. */
const MAX_HITS_PER_VIEW = 16;
/**
 * A folded signature's regex runs only on windows around its anchor words: this many
 * characters before an anchor (the anchor need not be the first word of a match) and
 * after it. Built-in matches are bounded well below these spans by their word gaps.
 */
const WINDOW_BEFORE = 256;
const WINDOW_AFTER = 512;

/** Whether a hit starting at raw offset `start` counts: the signature reads this direction, and untrusted-only ones only untrusted text. */
export function applies(signature: CompiledSignature, context: ScanContext, start: number): boolean {
  if (!signature.directions.includes(context.direction)) return false;
  return !signature.untrustedOnly || start >= context.untrustedFrom;
}

/** Where a regex may run in a view: the view's text from `from` to `to`, and the offsets where a match can start (null: anywhere). */
export interface RegexSpan {
  from: number;
  to: number;
  starts: SignatureStarts | null;
}

/** The first view offset of each view that maps at or after the raw offset where untrusted content starts. */
const UNTRUSTED_FLOORS = new WeakMap<TextView, { raw: number; offset: number }>();

/**
 * Where an untrusted-only signature starts reading a view: at the quoted content, not
 * before it. A match that began in the user's own words would be dropped (it does not
 * start in the untrusted part) and would swallow a real match inside the quote with it.
 */
function untrustedFloor(signature: CompiledSignature, view: TextView, context: ScanContext): number {
  const raw = context.untrustedFrom;
  if (!signature.untrustedOnly || raw <= 0) return 0;
  if (view.starts === null) return Math.min(raw, view.text.length);
  const cached = UNTRUSTED_FLOORS.get(view);
  if (cached !== undefined && cached.raw === raw) return cached.offset;
  // Offsets run forwards through the raw text (a reversed view maps each unit to its whole line), so the first one at or past `raw` is the floor.
  const starts = view.starts;
  let offset = 0;
  while (offset < starts.length && (starts[offset] as number) < raw) offset++;
  context.meter.add(offset);
  UNTRUSTED_FLOORS.set(view, { raw, offset });
  return offset;
}

/** Runs the signature's regex over `span` of the view, recording up to `MAX_HITS_PER_VIEW` hits. */
export function runRegex(signature: CompiledSignature, view: TextView, context: ScanContext, hits: Map<string, Hit>, span: RegexSpan): void {
  const regex = signature.regex;
  if (regex === null) return;
  const { to, starts } = span;
  const from = Math.max(span.from, untrustedFloor(signature, view, context));
  if (from >= to) return;
  const text = from === 0 && to === view.text.length ? view.text : view.text.slice(from, to);
  context.meter.add(text.length);
  if (starts !== null) {
    const [first, last] = startsWithin(starts.offsets, from, to);
    if (worthTrying(last - first, text.length)) {
      runAtStarts(signature, view, context, hits, text, from, starts.sticky, starts.offsets.subarray(first, last));
      return;
    }
  }
  regex.lastIndex = 0;
  let count = 0;
  for (let m = regex.exec(text); m !== null && count < MAX_HITS_PER_VIEW; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (accept(signature, view, context, hits, from, m)) count++;
  }
}

/**
 * The loop of `runRegex` with the search for each next match done by sticky attempts at
 * `offsets` (view offsets; `text` starts at view offset `from`): the same matches in the
 * same order (match-starts.ts), none of them empty. A window's first offset is tried
 * too: `\b` holds there in the window's text even where it does not in the view's, so
 * a head occurrence dropped for want of one may start a match there.
 */
function runAtStarts(
  signature: CompiledSignature,
  view: TextView,
  context: ScanContext,
  hits: Map<string, Hit>,
  text: string,
  from: number,
  sticky: RegExp,
  offsets: Int32Array,
): void {
  let next = 0;
  let count = 0;
  if (from > 0) {
    sticky.lastIndex = 0;
    const m = sticky.exec(text);
    if (m !== null) {
      next = m[0].length;
      if (accept(signature, view, context, hits, from, m)) count++;
    }
  }
  for (const offset of offsets) {
    if (count >= MAX_HITS_PER_VIEW) return;
    const at = offset - from;
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    next = at + m[0].length;
    if (accept(signature, view, context, hits, from, m)) count++;
  }
}

/** Records match `m` of the view's text from offset `from`; false when it does not count (fails validation, or not where the signature applies). */
function accept(signature: CompiledSignature, view: TextView, context: ScanContext, hits: Map<string, Hit>, from: number, m: RegExpExecArray): boolean {
  if (!validated(signature, view, context, from, m)) return false;
  const viewStart = from + m.index;
  const viewEnd = viewStart + m[0].length;
  const [start, end] = toRawRange(view, viewStart, viewEnd);
  if (!applies(signature, context, start)) return false;
  record(hits, { signature, viewName: view.name, confidence: view.confidence, start, end, viewStart, viewEnd });
  return true;
}

/** Windows of derived views being scanned (`scanAroundChanges`): the whole view's text, and where the window starts in it. */
const WINDOWS_OF = new WeakMap<TextView, { whole: string; offset: number }>();

/** Records that `window` is the part of a view whose text is `whole` from offset `offset` on. */
export function markWindow(window: TextView, whole: string, offset: number): void {
  WINDOWS_OF.set(window, { whole, offset });
}

/**
 * Whether match `m` passes the signature's validator. A validator may judge the text the
 * regex read (pattern-kit.ts `perInput`): where that is a whole window of a derived view,
 * it reads the whole view instead, as it would have had the view been read whole.
 */
function validated(signature: CompiledSignature, view: TextView, context: ScanContext, from: number, m: RegExpExecArray): boolean {
  const validate = signature.validate;
  if (validate === null) return true;
  const window = from === 0 && m.input.length === view.text.length ? WINDOWS_OF.get(view) : undefined;
  if (window === undefined) return validate(m, context.match);
  const rebased = m.slice() as RegExpExecArray;
  rebased.index = m.index + window.offset;
  rebased.input = window.whole;
  rebased.groups = m.groups;
  return validate(rebased, context.match);
}

/** Runs the regex on merged windows around `positions` (or on the whole view when they cover most of it). */
export function runRegexAround(
  signature: CompiledSignature,
  view: TextView,
  positions: readonly number[],
  context: ScanContext,
  hits: Map<string, Hit>,
  heads: ViewStarts,
  wholeLength: number,
): void {
  // A typed array sorts numerically without a comparator call per step.
  const sorted = Int32Array.from(positions).sort();
  const windows: Array<[number, number]> = [];
  let covered = 0;
  for (const p of sorted) {
    const start = Math.max(0, p - WINDOW_BEFORE);
    const end = Math.min(view.text.length, p + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) {
      covered += end - last[1];
      last[1] = Math.max(last[1], end);
    } else {
      windows.push([start, end]);
      covered += end - start;
    }
  }
  if (covered * 2 > wholeLength) {
    const starts = heads.of(signature, mostStartsWorthTrying(view.text.length));
    runRegex(signature, view, context, hits, { from: 0, to: view.text.length, starts });
    return;
  }
  // Starts are gathered over the whole view: only worth it when they are few even there.
  const starts = heads.of(signature, mostStartsWorthTrying(covered));
  for (const [start, end] of windows) runRegex(signature, view, context, hits, { from: start, to: end, starts });
}

export function record(hits: Map<string, Hit>, hit: Hit): void {
  const key = `${hit.signature.id}:${hit.start}:${hit.end}`;
  const existing = hits.get(key);
  if (existing === undefined || existing.confidence < hit.confidence) hits.set(key, hit);
}
