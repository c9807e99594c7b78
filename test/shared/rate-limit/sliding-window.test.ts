import { describe, expect, it } from "vitest";
import { hitAll } from "../../../src/shared/rate-limit/limiter";
import { decide, record, rollForward, type WindowState } from "../../../src/shared/rate-limit/sliding-window";
import { MemoryWindowStore } from "../../../src/shared/rate-limit/window-store";

const rule = { limit: 10, windowMs: 60_000 };
/** Start of a bucket, so offsets below read as "ms into the window". */
const T0 = 100 * 60_000;

function fill(count: number, at: number): WindowState {
  let state = rollForward(null, rule, at);
  for (let i = 0; i < count; i++) state = record(state);
  return state;
}

describe("sliding window maths", () => {
  it("allows exactly `limit` requests in a window and counts remaining down to 0", () => {
    const store = new MemoryWindowStore();
    const remaining: number[] = [];
    for (let i = 0; i < 10; i++) {
      const d = hitAll(store, [{ key: "k", rule }], T0 + i * 100);
      expect(d.allowed).toBe(true);
      remaining.push(d.decision?.remaining ?? -1);
    }
    expect(remaining).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const refused = hitAll(store, [{ key: "k", rule }], T0 + 1000);
    expect(refused.allowed).toBe(false);
    expect(refused.decision?.remaining).toBe(0);
  });

  it("weights the previous window by the share still inside the trailing window", () => {
    const state = rollForward(fill(10, T0), rule, T0 + 60_000 + 30_000); // half of the old window left: 5 count
    const d = decide(state, rule, T0 + 90_000);
    expect(d.allowed).toBe(true);
    expect(d.remaining).toBe(4); // 10 − (5 + this one)
  });

  it("refuses until the exact millisecond the weighted count leaves room", () => {
    const full = fill(10, T0);
    // 10·(60000 − e)/60000 + 1 ≤ 10 first holds at e = 6000 into the next window.
    const justBefore = rollForward(full, rule, T0 + 65_999);
    const at = rollForward(full, rule, T0 + 66_000);
    expect(decide(justBefore, rule, T0 + 65_999).allowed).toBe(false);
    expect(decide(at, rule, T0 + 66_000).allowed).toBe(true);
  });

  it("says how long to wait, to the millisecond, when refused", () => {
    const full = fill(10, T0);
    const d = decide(full, rule, T0 + 1_000);
    expect(d.allowed).toBe(false);
    expect(d.retryAfterMs).toBe(65_000); // until T0 + 66 000
    const later = rollForward(full, rule, T0 + 61_000);
    expect(decide(later, rule, T0 + 61_000).retryAfterMs).toBe(5_000);
  });

  it("forgets everything after two windows without traffic", () => {
    const state = rollForward(fill(10, T0), rule, T0 + 120_000);
    expect(state).toEqual({ bucket: 102, current: 0, previous: 0, windowMs: 60_000 });
    expect(decide(state, rule, T0 + 120_000).remaining).toBe(9);
  });

  it("starts over when the window length changes", () => {
    const state = rollForward(fill(10, T0), { limit: 10, windowMs: 30_000 }, T0 + 10);
    expect(state.current).toBe(0);
    expect(state.previous).toBe(0);
  });

  it("reports when the full quota is back", () => {
    expect(decide(rollForward(null, rule, T0 + 15_000), rule, T0 + 15_000).resetMs).toBe(105_000);
    const onlyPrevious = rollForward(fill(3, T0), rule, T0 + 70_000);
    const d = decide(onlyPrevious, rule, T0 + 70_000);
    expect(d.resetMs).toBe(110_000); // this request lands in the current window, which ends at T0 + 180 000
  });

  it("with a limit of 1, waits for the whole next window", () => {
    const one = { limit: 1, windowMs: 1_000 };
    const state = record(rollForward(null, one, 5_000));
    expect(decide(state, one, 5_200).retryAfterMs).toBe(1_800);
  });
});
