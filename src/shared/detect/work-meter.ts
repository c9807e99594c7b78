/**
 * Counts the work the engine does (characters transformed, decoded or scanned by a
 * regex), so tests can assert linear behaviour on hostile input without a timer.
 */
export interface WorkMeter {
  /** Record `units` of work (one unit ≈ one UTF-16 code unit visited once). */
  add(units: number): void;
}

/** A meter that keeps a running total; pass it to `createEngine(config, { meter })`. */
export class CountingMeter implements WorkMeter {
  total = 0;
  add(units: number): void {
    this.total += units;
  }
}

/** The default: counting costs nothing when nobody listens. */
export const NO_METER: WorkMeter = { add() {} };
