/**
 * The counted word, bigram, class, secret and structure events of one text: view
 * position and feature id, in the order found, in two lists (word classes are weighed
 * apart, features.ts) behind one repeat table. A feature counts only when the same id
 * has not counted within the previous `window` view units, so a repeated "access
 * granted …" does not outweigh everything else.
 */
import { IntList } from "./int-list";

/** Global positions restart (and the last-seen table is cleared) before they could overflow. */
const POSITION_LIMIT = 2 ** 30;
/**
 * Last counted position per feature, in a direct-mapped table of 2^12 slots (id and
 * position side by side: 32 KiB, L1-resident, one cache line per probe) rather than one
 * entry per weight: a slot shared by two ids forgets the older one, which then counts
 * again. Deterministic, and the trainer uses the same table. v2's 2^15 slots in two
 * arrays (256 KiB) cost a cache miss per event on the bench machine.
 */
const SLOT_BITS = 12;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** Events of one kind in the order found: view position and feature id. */
export class EventList {
  readonly positions = new IntList();
  readonly ids = new IntList();

  clear(): void {
    this.positions.clear();
    this.ids.clear();
  }

  push(position: number, id: number): void {
    this.positions.push(position);
    this.ids.push(id);
  }
}

export class EventLog {
  /** Word, bigram, secret and structure events (count-normalized). */
  readonly plain = new EventList();
  /** Word-class events (class, opener, class pair), weighed apart (features.ts). */
  readonly classes = new EventList();
  /** slots[2s]: id last counted in slot s (-1 = none); slots[2s + 1]: its global position. */
  readonly #slots = new Int32Array(2 << SLOT_BITS).fill(-1);
  #next = 0;
  #base = 0;
  #window = 0;

  /** Empties the log for a text of `length` view units; earlier texts never suppress its events. */
  begin(length: number, window: number): void {
    if (this.#next + length + window + 1 > POSITION_LIMIT) {
      this.#slots.fill(-1);
      this.#next = 0;
    }
    // Positions of the previous text are now more than `window` behind.
    this.#base = this.#next + window + 1;
    this.#next = this.#base + length;
    this.#window = window;
    this.plain.clear();
    this.classes.clear();
  }

  /** Records feature `id` at view `position` in `list` (plain or classes), unless it counted within the window. */
  add(list: EventList, position: number, id: number): void {
    const at = this.#base + position;
    const slot = (id & SLOT_MASK) << 1;
    const slots = this.#slots;
    // Only an earlier count suppresses (events arrive roughly in position order, but
    // structure hits come after the words).
    const since = at - (slots[slot + 1] as number);
    if (slots[slot] === id && since >= 0 && since < this.#window) return;
    slots[slot] = id;
    slots[slot + 1] = at;
    list.push(position, id);
  }
}
