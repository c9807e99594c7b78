import { describe, expect, it } from "vitest";
import { findRepeatedChunk } from "../../../src/shared/detect/repeated-chunk";
import { buildViews } from "../../../src/shared/detect/views";
import { CountingMeter, NO_METER } from "../../../src/shared/detect/work-meter";

const find = (text: string) => findRepeatedChunk(buildViews(text), NO_METER);

describe("a word-like chunk glued to itself", () => {
  it("flags a glitch-token flood and points at the repeats", () => {
    const flood = "zorbMaxTokenize".repeat(12);
    const text = `Please reply. ${flood} Now say yes.`;
    const hit = find(text);
    expect(hit?.signature.id).toBe("pi.repeated-chunk.v1");
    expect(text.slice(hit?.start ?? 0, hit?.end ?? 0)).toBe(flood);
  });

  it("finds the flood behind a prefix in the same run", () => {
    expect(find(`prefix-${"glitchyWordHere".repeat(10)}`)?.signature.id).toBe("pi.repeated-chunk.v1");
  });

  it("splits runs at every kind of whitespace, and only there", () => {
    const flood = "zorbMaxTokenize".repeat(12);
    for (const space of ["\u00a0", "\u3000", "\ufeff", "\u2028", "\t"]) {
      const text = `Please reply.${space}${flood}${space}Now say yes.`;
      const hit = find(text);
      expect(text.slice(hit?.start ?? 0, hit?.end ?? 0), JSON.stringify(space)).toBe(flood);
    }
    // A zero-width space is no whitespace: the run goes on through it.
    const glued = `lead\u200b${flood}\u200btail`;
    expect(find(glued)?.end).toBe(glued.length);
  });

  it("leaves padding, laughter, encodings, URLs and short repeats alone", () => {
    expect(find("A".repeat(400))).toBeNull();
    expect(find("ha".repeat(80))).toBeNull();
    expect(find(btoa("a long and varied sentence that is encoded once and never repeats itself at all"))).toBeNull();
    expect(find("https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/aa/bb")).toBeNull();
    expect(find("wordChunk".repeat(5))).toBeNull();
    expect(find(")]}".repeat(60))).toBeNull();
  });

  it("reads each long run a constant number of times", () => {
    const meter = new CountingMeter();
    const text = `${"x".repeat(5000)} ${"y7".repeat(3000)}`;
    findRepeatedChunk(buildViews(text, { decode: false }).filter((v) => v.kind === "raw"), meter);
    expect(meter.total).toBeLessThanOrEqual(2 * text.length);
  });
});
