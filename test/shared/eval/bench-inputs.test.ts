import { describe, expect, it } from "vitest";
import { linearity } from "../../../bench/bench-report";
import type { CaseResult } from "../../../bench/bench-cases";
import { megabytesPerSecond, summarize } from "../../../bench/measure";
import { pathologicalCases } from "../../../bench/pathological";
import { userPrompt } from "../../../bench/prompt-input";
import { attackText, benignText } from "../../../bench/synthetic-text";
import { INSPECT_LIMITS } from "../../../src/shared/schemas/inspect";

describe("synthetic bench text", () => {
  it.each([256, 4096, 65_536])("benign text is exactly %i bytes and the same every run", (bytes) => {
    const text = benignText(bytes);
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(benignText(bytes)).toBe(text);
    expect(text).not.toMatch(/ignore|instruction|base64/i);
  });

  it("mixes prose, code and JSON", () => {
    const text = benignText(65_536);
    expect(text).toContain("```ts");
    expect(text).toContain('{"page":');
  });

  it.each([256, 4096, 1_048_576])("attack text of %i bytes carries the injection, zero-width chars and base64", (bytes) => {
    const text = attackText(bytes);
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(text.replace(/\u200b/g, "")).toContain("Ignore all previous instructions");
    expect(text).toMatch(/\u200b/);
    const encoded = /obey: ([A-Za-z0-9+/=]+)/.exec(text)?.[1] ?? "";
    expect(Buffer.from(encoded, "base64").toString()).toMatch(/developer mode/);
  });
});

describe("bench input", () => {
  it("keeps a prompt that fits in one string", () => {
    expect(userPrompt("hi").messages).toEqual([{ role: "user", content: "hi" }]);
  });

  it("splits a 1 MB prompt into parts the wire schema accepts", () => {
    const text = "x".repeat(1_048_576);
    const [message] = userPrompt(text).messages;
    const content = message?.content;
    expect(Array.isArray(content)).toBe(true);
    if (!Array.isArray(content)) return;
    expect(content.every((part) => part.text.length <= INSPECT_LIMITS.maxTextChars)).toBe(true);
    expect(content.map((part) => part.text).join("")).toBe(text);
  });

  it("builds the pathological set at the promised sizes", () => {
    const cases = new Map(pathologicalCases().map((c) => [c.name, c.text]));
    expect(cases.get("100k zero-width chars")?.match(/\u200b/g)).toHaveLength(100_000);
    expect(cases.get("1 MB of one char")).toHaveLength(1_048_576);
    expect(cases.get("[INST] markers, 256 KB")?.split("[INST]").length).toBeGreaterThan(10_000);
    expect(cases.get("1 MB base64 alphabet")).toMatch(/^[A-Za-z0-9+/]{1048576}$/);
  });
});

describe("bench arithmetic", () => {
  it("summarizes samples with nearest-rank percentiles", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ iterations: 100, p50Ms: 50, p99Ms: 99, meanMs: 50.5, maxMs: 100 });
  });

  it("converts to MB/s", () => {
    expect(megabytesPerSecond(1_000_000, 20)).toBe(50);
  });

  it("compares per-byte time at 1 MB with 4 KB", () => {
    const result = (sizeLabel: string, bytes: number, p50Ms: number): CaseResult => ({
      name: sizeLabel, kind: "benign", sizeLabel, bytes, verdict: "allow", iterations: 1, p50Ms, p99Ms: p50Ms, meanMs: p50Ms, maxMs: p50Ms,
    });
    expect(linearity([result("4 KB", 4096, 0.04), result("1 MB", 1_048_576, 10.24 * 2)], "benign")).toBeCloseTo(2, 6);
    expect(linearity([result("4 KB", 4096, 0.04)], "benign")).toBeUndefined();
  });
});
