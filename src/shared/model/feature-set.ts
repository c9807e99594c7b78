/**
 * The distinct feature ids of one window. Binary features (present or not) keep a
 * repeated token ("access granted access granted …") from outweighing everything else;
 * a generation stamp per bucket makes "clear" O(1) between windows.
 */
export class FeatureSet {
  readonly #stamp: Uint32Array;
  #generation = 1;
  ids: Int32Array = new Int32Array(2048);
  count = 0;

  constructor(bits: number) {
    this.#stamp = new Uint32Array(1 << bits);
  }

  clear(): void {
    this.count = 0;
    this.#generation++;
    if (this.#generation === 0xffffffff) {
      this.#stamp.fill(0);
      this.#generation = 1;
    }
  }

  add(id: number): void {
    if (this.#stamp[id] === this.#generation) return;
    this.#stamp[id] = this.#generation;
    if (this.count === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
  }
}
