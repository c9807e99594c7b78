/**
 * Where each of a set of literals (or word heads) occurs in a text, grouped by literal:
 * collected as (id, start) pairs while a pass walks the text, then grouped by one
 * counting sort, so a pass allocates a few typed arrays whatever it finds.
 */

/** The start offsets of literal `id` are `starts[first[id] .. first[id + 1])`, ascending. */
export interface Occurrences {
  first: Int32Array;
  starts: Int32Array;
}

/** Pairs (id, start) in the order a pass finds them: starts ascending for each id. */
export class OccurrenceList {
  private ids: Int32Array = new Int32Array(64);
  private starts: Int32Array = new Int32Array(64);
  private count = 0;

  add(id: number, start: number): void {
    if (this.count === this.ids.length) {
      this.ids = doubled(this.ids);
      this.starts = doubled(this.starts);
    }
    this.ids[this.count] = id;
    this.starts[this.count] = start;
    this.count++;
  }

  /** The pairs grouped by id, for ids 0 .. `size` - 1. */
  grouped(size: number): Occurrences {
    const first = new Int32Array(size + 1);
    for (let k = 0; k < this.count; k++) first[(this.ids[k] as number) + 1]++;
    for (let id = 0; id < size; id++) first[id + 1] = (first[id + 1] as number) + (first[id] as number);
    const cursor = first.slice(0, size);
    const starts = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) {
      const id = this.ids[k] as number;
      starts[cursor[id]++ as number] = this.starts[k] as number;
    }
    return { first, starts };
  }
}

function doubled(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
