import { describe, expect, it } from "vitest";
import { backoffMs, isOverloaded, isRetryable, withRetry } from "../../src/shared/retry";

const marked = (props: Record<string, boolean>) => Object.assign(new Error("do error"), props);

function options(delays: number[]) {
  return { attempts: 3, baseDelayMs: 50, maxDelayMs: 400, random: () => 0.5, sleep: async (ms: number) => void delays.push(ms) };
}

describe("retrying Durable Object calls", () => {
  it("classifies errors by the runtime's flags", () => {
    expect(isRetryable(marked({ retryable: true }))).toBe(true);
    expect(isRetryable(marked({ retryable: true, overloaded: true }))).toBe(false);
    expect(isRetryable(new Error("plain"))).toBe(false);
    expect(isRetryable("text")).toBe(false);
    expect(isOverloaded(marked({ overloaded: true }))).toBe(true);
  });

  it("retries a retryable error with growing, capped jitter, then succeeds", async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetry(async () => {
      calls++;
      if (calls < 3) throw marked({ retryable: true });
      return "ok";
    }, options(delays));
    expect(result).toBe("ok");
    expect(calls).toBe(3);
    expect(delays).toEqual([25, 50]);
  });

  it("gives up after the last attempt and rethrows the error", async () => {
    let calls = 0;
    const failing = withRetry(async () => {
      calls++;
      throw marked({ retryable: true });
    }, options([]));
    await expect(failing).rejects.toThrow("do error");
    expect(calls).toBe(3);
  });

  it("never retries overloaded or unmarked errors", async () => {
    for (const err of [marked({ retryable: true, overloaded: true }), new Error("bug")]) {
      let calls = 0;
      await expect(
        withRetry(async () => {
          calls++;
          throw err;
        }, options([])),
      ).rejects.toBe(err);
      expect(calls).toBe(1);
    }
  });

  it("caps the backoff", () => {
    expect(backoffMs(10, { baseDelayMs: 50, maxDelayMs: 400, random: () => 0.999 })).toBe(399);
  });
});
