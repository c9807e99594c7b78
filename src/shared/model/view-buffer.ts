/**
 * The model view under construction, in typed arrays reused from call to call (a 4 KB
 * prompt must not allocate per character: v1's number arrays cost half its time and
 * most of its p99 in garbage collection). Every view code unit remembers the raw span it
 * came from, so a window over the view maps back to raw offsets for the verdict.
 */
export class ViewBuffer {
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  /** ASCII letter a look-alike unit imitates (engine's confusable table), 0 when none. */
  alt = new Uint16Array(1024);
  /** 1 when the unit is a space that stood alone in the raw text (letter-spacing detection). */
  single = new Uint8Array(1024);
  length = 0;

  /** Empties the buffer with room for `capacity` units, `alt` and `single` zeroed over it. */
  reset(capacity: number): void {
    this.length = 0;
    this.ensure(capacity);
    this.alt.fill(0, 0, capacity);
    this.single.fill(0, 0, capacity);
  }

  /** Makes room for `capacity` units in total (existing units kept, new room zeroed). */
  ensure(capacity: number): void {
    if (capacity > this.codes.length) this.#grow(capacity);
  }

  push(code: number, start: number, end: number, alt: number, single: number): void {
    const i = this.length;
    if (i >= this.codes.length) this.#grow(i + 1);
    this.codes[i] = code;
    this.starts[i] = start;
    this.ends[i] = end;
    this.alt[i] = alt;
    this.single[i] = single;
    this.length = i + 1;
  }

  /** Keeps only the units whose `drop` flag is 0, in order (the passes that delete units). */
  compact(drop: Uint8Array): void {
    let o = 0;
    for (let i = 0; i < this.length; i++) {
      if (drop[i] === 1) continue;
      this.codes[o] = this.codes[i] ?? 0;
      this.starts[o] = this.starts[i] ?? 0;
      this.ends[o] = this.ends[i] ?? 0;
      this.alt[o] = this.alt[i] ?? 0;
      this.single[o] = this.single[i] ?? 0;
      o++;
    }
    this.length = o;
  }

  /** Appends units [from, to) of `source`. */
  append(source: ViewBuffer, from: number, to: number): void {
    if (to <= from) return;
    this.ensure(this.length + to - from);
    this.codes.set(source.codes.subarray(from, to), this.length);
    this.starts.set(source.starts.subarray(from, to), this.length);
    this.ends.set(source.ends.subarray(from, to), this.length);
    this.alt.set(source.alt.subarray(from, to), this.length);
    this.single.set(source.single.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** Exchanges contents with `other` (a rebuilt view replaces this one without copying back). */
  swap(other: ViewBuffer): void {
    [this.codes, other.codes] = [other.codes, this.codes];
    [this.starts, other.starts] = [other.starts, this.starts];
    [this.ends, other.ends] = [other.ends, this.ends];
    [this.alt, other.alt] = [other.alt, this.alt];
    [this.single, other.single] = [other.single, this.single];
    [this.length, other.length] = [other.length, this.length];
  }

  #grow(needed: number): void {
    const size = Math.max(needed, this.codes.length * 2);
    const grow = <T extends Uint16Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.codes = grow(this.codes, (n) => new Uint16Array(n));
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.alt = grow(this.alt, (n) => new Uint16Array(n));
    this.single = grow(this.single, (n) => new Uint8Array(n));
  }
}

export const SPACE = 0x20;
export const NEWLINE = 0x0a;

export function isSpaceCode(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}
