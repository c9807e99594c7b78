import { describe, expect, it } from "vitest";
import { windowSpans } from "../../../src/shared/model/windows";

describe("windowSpans", () => {
  it("uses one window for a short text", () => {
    expect(windowSpans(100, 512, 256)).toEqual([[0, 100]]);
  });

  it("overlaps windows and ends the last one at the end of the text", () => {
    const spans = windowSpans(1000, 512, 256);
    expect(spans).toEqual([
      [0, 512],
      [256, 768],
      [488, 1000],
    ]);
  });

  it("covers every character of a long text", () => {
    const length = 10_007;
    const covered = new Uint8Array(length);
    for (const [a, b] of windowSpans(length, 512, 256)) covered.fill(1, a, b);
    expect(covered.every((c) => c === 1)).toBe(true);
  });

  it("rejects a stride longer than the window (it would skip text)", () => {
    expect(() => windowSpans(1000, 100, 200)).toThrow();
  });
});
