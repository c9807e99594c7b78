/**
 * Runs compiled signatures over the views of one text and returns raw-offset hits,
 * deduplicated: one hit per (signature, raw range), keeping the most confident view.
 */
import type { Direction } from "../schemas/common";
import { isAsciiLowercaseOf } from "./ascii-lowercase";
import type { CompiledSignature } from "./compiled-signature";
import { LiteralGates, type ViewLiterals } from "./literal-gates";
import { MatchStarts, mostStartsWorthTrying, ViewStarts } from "./match-starts";
import { AnchorSet } from "./prefilter";
import { applies, markWindow, record, runRegex, runRegexAround } from "./regex-runs";
import type { MatchContext } from "./signatures/types";
import { subView, type TextView, toRawRange } from "./view-builder";
import { baselineOf, type ChangePlan, planAroundChanges, touchesChange } from "./view-changes";
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
  /**
   * Raw offset from which untrusted-only signatures read the text (0: all of it; Infinity:
   * none): quoted content, including a block pasted after a request line (`pastedBlockFrom`).
   */
  untrustedFrom: number;
  match: MatchContext;
  meter: WorkMeter;
}

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
  const plans = views.map((view) => changePlan(view, context));
  const scans = pairedScans(
    views.filter((_, i) => plans[i] === null),
    set.gates,
  );
  views.forEach((view, i) => {
    const plan = plans[i] ?? null;
    if (plan === null) scanView(view, set, context, hits, { scanned: scans.get(view), withKeywords: true, wholeLength: view.text.length });
    else scanAroundChanges(view, plan, set, context, hits);
  });
  return [...hits.values()];
}

function changePlan(view: TextView, context: ScanContext): ChangePlan | null {
  const baseline = baselineOf(view);
  return baseline === undefined ? null : planAroundChanges(view, baseline, context.meter);
}

/**
 * Reads a derived view only in the windows around its changes, keeping the hits that
 * touch a change (the rest are its baseline's, found there). Keyword signatures read the
 * whole view: their words may stand any distance apart, and a search for each is cheap.
 */
function scanAroundChanges(view: TextView, plan: ChangePlan, set: SignatureSet, context: ScanContext, hits: Map<string, Hit>): void {
  if (view.kind === "folded") {
    for (const signature of set.folded) {
      if (signature.allOf !== null && !skipUntrusted(signature, context)) findAllOf(signature, signature.allOf, view, context, hits);
    }
  }
  const { changes, windows } = plan;
  for (let k = 0; k < windows.length; k += 2) {
    const from = windows[k] as number;
    const to = windows[k + 1] as number;
    const found = new Map<string, Hit>();
    const window = subView(view, from, to);
    markWindow(window, view.text, from);
    scanView(window, set, context, found, { scanned: undefined, withKeywords: false, wholeLength: view.text.length });
    for (const hit of found.values()) {
      const viewStart = hit.viewStart + from;
      const viewEnd = hit.viewEnd + from;
      // A match against a cut edge may be the tail or head of a longer one the view holds.
      const cut = (from > 0 && viewStart === from) || (to < view.text.length && viewEnd === to);
      if (!cut && touchesChange(changes, viewStart, viewEnd)) record(hits, { ...hit, viewStart, viewEnd });
    }
  }
}

/** How `scanView` reads a view, which may be a window of a longer one. */
interface ViewScan {
  /** The view's literals, when a paired pass found them already. */
  scanned: ViewLiterals | undefined;
  /** False leaves the keyword (allOf) signatures out. */
  withKeywords: boolean;
  /**
   * The length of the whole view: whether a signature reads windows around its anchors or
   * the whole text is decided on it, so a validator that judges the text it is given
   * (pattern-kit.ts `perInput`) gets the same anchor windows in a window of the view.
   */
  wholeLength: number;
}

/** Scans one view. */
function scanView(view: TextView, set: SignatureSet, context: ScanContext, hits: Map<string, Hit>, how: ViewScan): void {
  const { scanned, withKeywords } = how;
  const { gates } = set;
  if (view.kind === "raw") {
    // The literal pass reads every character once.
    context.meter.add(view.text.length);
    const literals = scanned ?? gates.scan(view.text, "raw");
    for (const signature of set.raw) {
      if (skipUntrusted(signature, context)) continue;
      if (view.categories !== undefined && !view.categories.includes(signature.category)) continue;
      if (gates.mayMatch(signature, literals)) runRegex(signature, view, context, hits, { from: 0, to: view.text.length, starts: null });
    }
  } else if (view.kind === "folded") {
    // The literal pass reads every character once.
    context.meter.add(view.text.length);
    const literals = scanned ?? gates.scan(view.text, "folded");
    const open: CompiledSignature[] = [];
    for (const signature of set.folded) {
      if (skipUntrusted(signature, context)) continue;
      if (signature.allOf !== null ? withKeywords : gates.mayMatch(signature, literals)) open.push(signature);
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
        if (at.length > 0) runRegexAround(signature, view, at, context, hits, heads, how.wholeLength);
      }
    }
  } else {
    for (const signature of set.squashed) scanSquashed(signature, view, context, hits);
  }
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
