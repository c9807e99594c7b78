/**
 * Runs compiled signatures over the views of one text and returns raw-offset hits,
 * deduplicated: one hit per (signature, raw range), keeping the most confident view.
 */
import type { Direction } from "../schemas/common";
import { isAsciiLowercaseOf } from "./ascii-lowercase";
import type { CompiledSignature } from "./compiled-signature";
import { LiteralGates, type ViewLiterals } from "./literal-gates";
import { MatchStarts, mostStartsWorthTrying, type SignatureStarts, startsWithin, ViewStarts, worthTrying } from "./match-starts";
import { AnchorSet } from "./prefilter";
import type { MatchContext } from "./signatures/types";
import { type TextView, toRawRange } from "./view-builder";
import { hasNonAscii } from "./unicode/char-classes";
import type { WorkMeter } from "./work-meter";

/** One signature hit, in raw offsets of the scanned text. */
export interface Hit {
  signature: CompiledSignature;
  viewName: string;
  confidence: number;
  start: number;
  end: number;
  /** The range in the view's own text (differs from start/end only in decoded views). */
  viewStart: number;
  viewEnd: number;
}

/** Signatures grouped by the views they read, built once per engine. */
export interface SignatureSet {
  folded: readonly CompiledSignature[];
  /** Every anchor key of the folded signatures: the words whose positions are worth recording. */
  anchorKeys: AnchorSet;
  raw: readonly CompiledSignature[];
  squashed: readonly CompiledSignature[];
  /** Which signatures can match a view at all, from the literals it holds. */
  gates: LiteralGates;
  /** Where the folded signatures' matches can start. */
  foldedStarts: MatchStarts;
}

/** Where and how a text is scanned. */
export interface ScanContext {
  direction: Direction;
  /** Raw offset from which the text is untrusted content (0: all of it; Infinity: none). */
  untrustedFrom: number;
  match: MatchContext;
  meter: WorkMeter;
}

/** Hits of one signature in one view are capped: past this, more of the same adds nothing. */
const MAX_HITS_PER_VIEW = 16;
/**
 * A folded signature's regex runs only on windows around its anchor words: this many
 * characters before an anchor (the anchor need not be the first word of a match) and
 * after it. Built-in matches are bounded well below these spans by their word gaps.
 */
const WINDOW_BEFORE = 256;
const WINDOW_AFTER = 512;

/** Splits compiled signatures by target, for `scanViews`. */
export function groupSignatures(signatures: readonly CompiledSignature[]): SignatureSet {
  const folded = signatures.filter((s) => s.target === "folded" && (s.regex !== null || s.allOf !== null));
  return {
    folded,
    anchorKeys: new AnchorSet(folded.flatMap((s) => s.anchorKeys ?? [])),
    raw: signatures.filter((s) => s.target === "raw" && s.regex !== null),
    squashed: signatures.filter((s) => s.squashed.length > 0),
    gates: new LiteralGates(signatures),
    foldedStarts: new MatchStarts(folded),
  };
}

/** Untrusted-only signatures have nothing to look at in a fully trusted text. */
function skipUntrusted(signature: CompiledSignature, context: ScanContext): boolean {
  return signature.untrustedOnly && context.untrustedFrom === Number.POSITIVE_INFINITY;
}

function applies(signature: CompiledSignature, context: ScanContext, start: number): boolean {
  if (!signature.directions.includes(context.direction)) return false;
  return !signature.untrustedOnly || start >= context.untrustedFrom;
}

/** Where a regex may run in a view: the view's text from `from` to `to`, and the offsets where a match can start (null: anywhere). */
interface RegexSpan {
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

function runRegex(signature: CompiledSignature, view: TextView, context: ScanContext, hits: Map<string, Hit>, span: RegexSpan): void {
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
  if (signature.validate !== null && !signature.validate(m, context.match)) return false;
  const viewStart = from + m.index;
  const viewEnd = viewStart + m[0].length;
  const [start, end] = toRawRange(view, viewStart, viewEnd);
  if (!applies(signature, context, start)) return false;
  record(hits, { signature, viewName: view.name, confidence: view.confidence, start, end, viewStart, viewEnd });
  return true;
}

/** Runs the regex on merged windows around `positions` (or on the whole view when they cover most of it). */
function runRegexAround(
  signature: CompiledSignature,
  view: TextView,
  positions: readonly number[],
  context: ScanContext,
  hits: Map<string, Hit>,
  heads: ViewStarts,
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
  if (covered * 2 > view.text.length) {
    const starts = heads.of(signature, mostStartsWorthTrying(view.text.length));
    runRegex(signature, view, context, hits, { from: 0, to: view.text.length, starts });
    return;
  }
  // Starts are gathered over the whole view: only worth it when they are few even there.
  const starts = heads.of(signature, mostStartsWorthTrying(covered));
  for (const [start, end] of windows) runRegex(signature, view, context, hits, { from: start, to: end, starts });
}

function record(hits: Map<string, Hit>, hit: Hit): void {
  const key = `${hit.signature.id}:${hit.start}:${hit.end}`;
  const existing = hits.get(key);
  if (existing === undefined || existing.confidence < hit.confidence) hits.set(key, hit);
}

function anchorHits(signature: CompiledSignature, positions: ReadonlyMap<number, readonly number[]>): number[] {
  const found: number[] = [];
  for (const key of signature.anchorKeys ?? []) {
    const at = positions.get(key);
    if (at !== undefined) for (const p of at) found.push(p);
  }
  return found;
}

/**
 * Literal scans done ahead for pairs of views that one fused pass serves: a raw-kind
 * ASCII view, and a folded view whose text is its lowercase (the folded view of ASCII
 * text is exactly that, as NFKC changes no ASCII character; so is the one of text whose
 * only non-ASCII characters were dropped, like zero-width ones, beside its cased view).
 * A scan has no side effects, so doing it before its view is read changes nothing.
 */
function pairedScans(views: readonly TextView[], gates: LiteralGates): Map<TextView, ViewLiterals> {
  const scans = new Map<TextView, ViewLiterals>();
  for (const raw of views) {
    if (raw.kind !== "raw") continue;
    let lowered: string | null = null;
    for (const folded of views) {
      if (folded.kind !== "folded" || scans.has(folded) || folded.text.length !== raw.text.length) continue;
      // views.ts knows the folded view it made of ASCII text: nothing to check.
      if (lowered === null && isAsciiLowercaseOf(folded, raw)) lowered = folded.text;
      // Only now, with a folded view of its length to pair with: is the raw one ASCII?
      if (lowered === null && hasNonAscii(raw.text)) break;
      lowered ??= raw.text.toLowerCase();
      if (folded.text !== lowered) continue;
      const [rawLiterals, foldedLiterals] = gates.scanWithLowercase(raw.text, lowered);
      scans.set(raw, rawLiterals);
      scans.set(folded, foldedLiterals);
      break;
    }
  }
  return scans;
}

/** Scans every view with the signatures that read it. */
export function scanViews(views: readonly TextView[], set: SignatureSet, context: ScanContext): Hit[] {
  const hits = new Map<string, Hit>();
  const { gates } = set;
  const scans = pairedScans(views, gates);
  for (const view of views) {
    if (view.kind === "raw") {
      // The literal pass reads every character once.
      context.meter.add(view.text.length);
      const literals = scans.get(view) ?? gates.scan(view.text, "raw");
      for (const signature of set.raw) {
        if (skipUntrusted(signature, context)) continue;
        if (view.categories !== undefined && !view.categories.includes(signature.category)) continue;
        if (gates.mayMatch(signature, literals)) runRegex(signature, view, context, hits, { from: 0, to: view.text.length, starts: null });
      }
    } else if (view.kind === "folded") {
      // The literal pass reads every character once.
      context.meter.add(view.text.length);
      const literals = scans.get(view) ?? gates.scan(view.text, "folded");
      const open: CompiledSignature[] = [];
      for (const signature of set.folded) {
        if (!skipUntrusted(signature, context) && (signature.allOf !== null || gates.mayMatch(signature, literals))) open.push(signature);
      }
      // The word pass (every character once more) runs only when a signature that needs
      // it passes its gate: with the untrusted-only signatures skipped (a message with no
      // quoted content), none does in two thirds of dev's folded views.
      const heads = new ViewStarts(set.foldedStarts, set.anchorKeys, view.text, open, context.meter);
      for (const signature of open) {
        if (signature.allOf !== null) findAllOf(signature, signature.allOf, view, context, hits);
        else if (signature.anchorKeys === null) {
          const starts = heads.of(signature, mostStartsWorthTrying(view.text.length));
          runRegex(signature, view, context, hits, { from: 0, to: view.text.length, starts });
        } else {
          const at = anchorHits(signature, heads.anchors());
          if (at.length > 0) runRegexAround(signature, view, at, context, hits, heads);
        }
      }
    } else {
      for (const signature of set.squashed) scanSquashed(signature, view, context, hits);
    }
  }
  return [...hits.values()];
}

function scanSquashed(signature: CompiledSignature, view: TextView, context: ScanContext, hits: Map<string, Hit>): void {
  for (const phrase of signature.squashed) {
    context.meter.add(view.text.length);
    const at = view.text.indexOf(phrase);
    if (at < 0) continue;
    const [start, end] = toRawRange(view, at, at + phrase.length);
    if (applies(signature, context, start)) {
      record(hits, { signature, viewName: view.name, confidence: view.confidence, start, end, viewStart: at, viewEnd: at + phrase.length });
    }
  }
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code > 0x7f;
}

/** Index of `word` in `text` as a whole word (not inside a longer word), or -1. */
export function indexOfWord(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 0x20;
    if (!isWordChar(before) && !isWordChar(after)) return at;
  }
  return -1;
}

function findAllOf(
  signature: CompiledSignature,
  keywords: readonly string[],
  view: TextView,
  context: ScanContext,
  hits: Map<string, Hit>,
): void {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const keyword of keywords) {
    context.meter.add(view.text.length);
    const at = indexOfWord(view.text, keyword);
    if (at < 0) return;
    first = Math.min(first, at);
    last = Math.max(last, at + keyword.length);
  }
  const [start, end] = toRawRange(view, first, last);
  if (applies(signature, context, start)) {
    record(hits, { signature, viewName: view.name, confidence: view.confidence, start, end, viewStart: first, viewEnd: last });
  }
}
