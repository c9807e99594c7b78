/**
 * Where each of a set of literals (or word heads) occurs in a text, grouped by literal:
 * collected as (id, start) pairs while a pass walks the text, then grouped by one
 * counting sort, so a pass allocates a few typed arrays whatever it finds. Past a cap
 * a literal's occurrences are only counted: a literal that common ("[" in "[INST] …"
 * repeated) starts too many attempts to be worth listing.
 */

/**
 * The start offsets of literal `id` are `starts[first[id] .. first[id + 1])`, ascending,
 * unless `crowded[id]` is 1: it occurs more often than the cap, and not every start is listed.
 */
export interface Occurrences {
  first: Int32Array;
  starts: Int32Array;
  crowded: Uint8Array;
}

/** Pairs (id, start) in the order a pass finds them: starts ascending for each id. */
export class OccurrenceList {
  private ids: Int32Array = new Int32Array(64);
  private starts: Int32Array = new Int32Array(64);
  private count = 0;
  private readonly seen: Int32Array;

  /** For ids 0 .. `size` - 1, listing at most `cap` starts of each. */
  constructor(
    private readonly size: number,
    private readonly cap: number,
  ) {
    this.seen = new Int32Array(size);
  }

  /** Lists a start of `id`; true when this one made `id` crowded. */
  add(id: number, start: number): boolean {
    const seen = this.seen[id] as number;
    if (seen > this.cap) return false;
    this.seen[id] = seen + 1;
    if (seen === this.cap) return true;
    if (this.count === this.ids.length) {
      this.ids = doubled(this.ids);
      this.starts = doubled(this.starts);
    }
    this.ids[this.count] = id;
    this.starts[this.count] = start;
    this.count++;
    return false;
  }

  /** Whether `id` occurred more often than the cap. */
  isCrowded(id: number): boolean {
    return (this.seen[id] as number) > this.cap;
  }

  /** The pairs grouped by id. */
  grouped(): Occurrences {
    const size = this.size;
    const crowded = new Uint8Array(size);
    for (let id = 0; id < size; id++) if ((this.seen[id] as number) > this.cap) crowded[id] = 1;
    const first = new Int32Array(size + 1);
    for (let k = 0; k < this.count; k++) first[(this.ids[k] as number) + 1]++;
    for (let id = 0; id < size; id++) first[id + 1] = (first[id + 1] as number) + (first[id] as number);
    const cursor = first.slice(0, size);
    const starts = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) {
      const id = this.ids[k] as number;
      starts[cursor[id]++ as number] = this.starts[k] as number;
    }
    return { first, starts, crowded };
  }
}

function doubled(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
