/**
 * The machinery behind every view: a growable UTF-16 buffer that remembers, for each
 * code unit it emits, the raw-text range it came from. Chaining transforms composes
 * those ranges, so a match in any view maps back to the raw message text.
 */
import type { Category } from "../schemas/common";
import type { WorkMeter } from "./work-meter";

/** One normalized rendering of a message's text, with the way back to raw offsets. */
export interface TextView {
  /** "raw", "nfkc", "skeleton", "leet", "squash", "rot13", or "decoded:<kind>[+<view>]". */
  readonly name: string;
  readonly text: string;
  /** Raw start offset of each code unit of `text`; null means identical offsets to raw. */
  readonly starts: Int32Array | null;
  /** Raw end offset (exclusive) of each code unit of `text`; null as for `starts`. */
  readonly ends: Int32Array | null;
  /** How much a match here is worth compared with a match in the raw text (0..1). */
  readonly confidence: number;
  /** "raw" keeps case (secrets, PII, markers); "folded" is lowercase; "squash" is letters and digits only. */
  readonly kind: "raw" | "folded" | "squash";
  /** How many decoding steps produced this text (0 for the message itself). */
  readonly depth: number;
  /**
   * When set, only raw-target signatures of these categories read this view: views that
   * exist to recover key formats (leet, ROT13 with case kept) would only add noise to the rest.
   */
  readonly categories?: readonly Category[];
}

/** Maps a [start, end) range of a view back to the raw text. */
export function toRawRange(view: TextView, start: number, end: number): [number, number] {
  if (view.starts === null || view.ends === null) return [start, end];
  const last = Math.max(start, end - 1);
  return [view.starts[start] ?? 0, view.ends[last] ?? view.ends[view.ends.length - 1] ?? 0];
}

const UTF16 = new TextDecoder("utf-16le");

/**
 * A writer's output as a view: its text and the first `length` raw ranges. Views are
 * never written to, so the ranges stay in the writer's tables, unsliced.
 */
function finishedView(
  identity: Pick<TextView, "name" | "kind" | "confidence" | "depth">,
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  length: number,
): TextView {
  return { ...identity, text, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** 0, 1, 2, …: shared by every view whose ranges are those of the raw text; never written to once made. */
let counting = new Int32Array(0);

/** Raw ranges [i, i + 1) for the first `length` code units, as the tables a view holds. */
function identityRanges(length: number): [Int32Array, Int32Array] {
  if (counting.length < length + 1) {
    const next = new Int32Array(Math.max(length + 1, counting.length * 2));
    for (let i = 0; i < next.length; i++) next[i] = i;
    counting = next;
  }
  return [counting.subarray(0, length), counting.subarray(1, length + 1)];
}

/** The first `length` offsets of `array`, in a new array of `size` (a writer's raw-range table growing). */
function grown(array: Int32Array, length: number, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(array.subarray(0, length));
  return next;
}

/** Accumulates output code units with their raw ranges. */
export class ViewWriter {
  private units: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  /** Appends `text`, every code unit of it coming from raw [rawStart, rawEnd). */
  push(text: string, rawStart: number, rawEnd: number): void {
    const needed = this.length + text.length;
    if (needed > this.units.length) this.grow(needed);
    for (let i = 0; i < text.length; i++) {
      this.units[this.length] = text.charCodeAt(i);
      this.starts[this.length] = rawStart;
      this.ends[this.length] = rawEnd;
      this.length++;
    }
  }

  /** Appends one code unit. */
  pushUnit(unit: number, rawStart: number, rawEnd: number): void {
    if (this.length >= this.units.length) this.grow(this.length + 1);
    this.units[this.length] = unit;
    this.starts[this.length] = rawStart;
    this.ends[this.length] = rawEnd;
    this.length++;
  }

  private grow(needed: number): void {
    const size = Math.max(needed, this.units.length * 2);
    const units = new Uint16Array(size);
    units.set(this.units.subarray(0, this.length));
    this.units = units;
    this.starts = grown(this.starts, this.length, size);
    this.ends = grown(this.ends, this.length, size);
  }

  /** The finished view. */
  finish(name: string, kind: TextView["kind"], confidence: number, depth: number): TextView {
    return finishedView({ name, kind, confidence, depth }, UTF16.decode(this.units.subarray(0, this.length)), this.starts, this.ends, this.length);
  }
}

/** Raw start of code unit `i` of a view. */
export function rawStartOf(view: TextView, i: number): number {
  return view.starts === null ? i : (view.starts[i] ?? 0);
}

/** Raw end of code unit `i` of a view. */
export function rawEndOf(view: TextView, i: number): number {
  return view.ends === null ? i + 1 : (view.ends[i] ?? 0);
}

/** Which ASCII code units `transformView` hands to `replace`; the rest are copied as-is. */
export interface AsciiHandling {
  /** Lowercase ASCII capitals inline (no call). */
  lowerAscii?: boolean;
  /** ASCII code units that need `replace` (default: none). */
  visit?: (unit: number) => boolean;
}

const VISIT_PATTERNS = new WeakMap<(unit: number) => boolean, RegExp>();
const NON_ASCII_UNIT = /[\x80-\uffff]/g;

/** A global regex for the code units `replace` must see: every non-ASCII one, and the ASCII ones `visit` names. */
function visitPattern(visit: ((unit: number) => boolean) | undefined): RegExp {
  if (visit === undefined) return NON_ASCII_UNIT;
  const cached = VISIT_PATTERNS.get(visit);
  if (cached !== undefined) return cached;
  let members = "";
  for (let unit = 0; unit < 0x80; unit++) if (visit(unit)) members += `\\x${unit.toString(16).padStart(2, "0")}`;
  const pattern = new RegExp(`[${members}\\x80-\\uffff]`, "g");
  VISIT_PATTERNS.set(visit, pattern);
  return pattern;
}

/**
 * A surrogate without its other half. Views have always read one as U+FFFD, as a UTF-16
 * decoder makes it (ViewWriter's output still goes through one), and signatures, the
 * model and results see the views that way.
 */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Output text as pieces, with the raw range of every code unit. While the output is the
 * source unit for unit, each unit with the source unit's range (copied stretches, and
 * one-unit characters replaced by one unit, as leetspeak and ROT13 do), the ranges are
 * the source's own: none is written, and the finished view shares the source's tables.
 * The first edit of another shape writes the ranges so far, and every one from then on.
 */
class PieceWriter {
  private readonly pieces: string[] = [];
  /** Whether a pushed piece has a surrogate (copied stretches are ASCII): only then can one be unpaired. */
  private surrogates = false;
  /** Null while the output mirrors the source unit for unit. */
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;
  private length = 0;

  constructor(private readonly source: TextView) {}

  /** Copies source units [from, to), all ASCII, as `piece` (the same units, maybe lowercased), keeping their raw ranges. */
  copy(piece: string, from: number, to: number): void {
    if (this.starts !== null && this.ends !== null) {
      const at = this.reserve(to - from);
      const { starts, ends } = this.source;
      if (starts === null || ends === null) {
        for (let i = from; i < to; i++) {
          this.starts[at + i - from] = i;
          this.ends[at + i - from] = i + 1;
        }
      } else {
        this.starts.set(starts.subarray(from, to), at);
        this.ends.set(ends.subarray(from, to), at);
      }
    }
    this.pieces.push(piece);
    this.length += to - from;
  }

  /** Appends `piece` in place of the source's code point at units [at, at + width). */
  replace(piece: string, at: number, width: number): void {
    if (this.starts === null && (piece.length !== 1 || width !== 1)) this.stopMirroring();
    if (piece.length === 0) return;
    for (let k = 0; k < piece.length && !this.surrogates; k++) {
      const unit = piece.charCodeAt(k);
      this.surrogates = unit >= 0xd800 && unit <= 0xdfff;
    }
    if (this.starts !== null && this.ends !== null) {
      const from = this.reserve(piece.length);
      this.starts.fill(rawStartOf(this.source, at), from, from + piece.length);
      this.ends.fill(rawEndOf(this.source, at + width - 1), from, from + piece.length);
    }
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** The ranges of the output so far (the source's first units, mirrored), written out. */
  private stopMirroring(): void {
    const size = Math.max(16, this.source.text.length);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    const [starts, ends] = this.sourceRanges();
    this.starts.set(starts.subarray(0, this.length));
    this.ends.set(ends.subarray(0, this.length));
  }

  private sourceRanges(): [Int32Array, Int32Array] {
    const { starts, ends } = this.source;
    return starts === null || ends === null ? identityRanges(this.source.text.length) : [starts, ends];
  }

  /** Room for `more` ranges; returns where they go. */
  private reserve(more: number): number {
    const starts = this.starts as Int32Array;
    const needed = this.length + more;
    if (needed > starts.length) {
      const size = Math.max(needed, starts.length * 2);
      this.starts = grown(starts, this.length, size);
      this.ends = grown(this.ends as Int32Array, this.length, size);
    }
    return this.length;
  }

  finish(name: string, kind: TextView["kind"], confidence: number, depth: number): TextView {
    const joined = this.pieces.join("");
    const text = this.surrogates ? joined.replace(UNPAIRED_SURROGATE, "\ufffd") : joined;
    const [starts, ends] = this.starts !== null && this.ends !== null ? [this.starts, this.ends] : this.sourceRanges();
    return finishedView({ name, kind, confidence, depth }, text, starts, ends, this.length);
  }
}

/**
 * Builds a view by replacing each code point of `source` with `replace(cp, i)`
 * (undefined keeps it). Non-ASCII code points always reach `replace`; ASCII ones only
 * when `ascii.visit` says so, and are otherwise copied (lowercased when
 * `ascii.lowerAscii`). A native regex search finds the next code unit `replace` must
 * see, and the stretch before it is copied whole: most text is such stretches. Returns
 * null when nothing changed, so callers skip a view identical to its source.
 */
export function transformView(
  source: TextView,
  name: string,
  kind: TextView["kind"],
  confidence: number,
  meter: WorkMeter,
  replace: (cp: number, i: number) => string | undefined,
  ascii: AsciiHandling = {},
): TextView | null {
  const text = source.text;
  meter.add(text.length);
  const writer = new PieceWriter(source);
  const lower = ascii.lowerAscii === true;
  const pattern = visitPattern(ascii.visit);
  let changed = false;
  let copied = 0;
  const copyTo = (end: number): void => {
    if (end <= copied) return;
    const piece = text.slice(copied, end);
    const out = lower ? piece.toLowerCase() : piece;
    if (out !== piece) changed = true;
    writer.copy(out, copied, end);
  };
  const visit = ascii.visit;
  // The next unit `replace` must see, from `from`: the one right there is checked
  // directly (dense runs, like a flood of zero-width characters, skip the regex call),
  // otherwise `test` finds it, leaving lastIndex after the one-unit match and
  // allocating no match array.
  const nextVisit = (from: number): number => {
    if (from >= text.length) return -1;
    const unit = text.charCodeAt(from);
    if (unit >= 0x80 || (visit !== undefined && visit(unit))) return from;
    pattern.lastIndex = from;
    return pattern.test(text) ? pattern.lastIndex - 1 : -1;
  };
  // Where the search for the next unit to visit resumes: past `copied` when visited
  // units were kept as they are and left in the stretch still to copy.
  let resume = 0;
  for (let i = nextVisit(0); i >= 0; i = nextVisit(resume)) {
    const unit = text.charCodeAt(i);
    const cp = unit < 0xd800 || unit > 0xdbff ? unit : (text.codePointAt(i) ?? unit);
    const width = cp > 0xffff ? 2 : 1;
    const replacement = replace(cp, i);
    // A visited ASCII unit kept as it is (a digit that stands for no letter in the leet
    // views) is copied with the stretch around it, unless that stretch's lowercasing
    // would change it: one piece for the stretch instead of three.
    if (replacement === undefined && unit < 0x80 && !(lower && unit >= 0x41 && unit <= 0x5a)) {
      resume = i + 1;
      continue;
    }
    copyTo(i);
    if (replacement === undefined) writer.replace(text.slice(i, i + width), i, width);
    else {
      writer.replace(replacement, i, width);
      changed = true;
    }
    copied = i + width;
    resume = copied;
  }
  copyTo(text.length);
  return changed ? writer.finish(name, kind, confidence, source.depth) : null;
}

/** The raw start and end of every code unit of `view`, as tables even where it has none. */
export function rangesOf(view: TextView): [Int32Array, Int32Array] {
  return view.starts === null || view.ends === null ? identityRanges(view.text.length) : [view.starts, view.ends];
}

/**
 * Units [from, to) of `view` as a view of their own, mapping to the same raw offsets; its
 * offsets count from `from`. The tables are shared, not copied.
 */
export function subView(view: TextView, from: number, to: number): TextView {
  const [starts, ends] = rangesOf(view);
  return { ...view, text: view.text.slice(from, to), starts: starts.subarray(from, to), ends: ends.subarray(from, to) };
}
