import { describe, expect, it } from "vitest";
import { readClassifierAnswer } from "../../../src/shared/cascade/classifier-answer";
import { classifierInputs } from "../../../src/shared/cascade/classifier-request";

describe("reading a classifier's answer", () => {
  it.each([
    ["label-score attack", [{ label: "INJECTION", score: 0.91 }, { label: "SAFE", score: 0.09 }], { ok: true, attack: true, score: 0.91 }],
    ["label-score benign", [{ label: "SAFE", score: 0.8 }, { label: "INJECTION", score: 0.2 }], { ok: true, attack: false, score: 0.2 }],
    ["benign label only", [{ label: "benign", score: 0.75 }], { ok: true, attack: false, score: 0.25 }],
    ["attack at exactly 0.5", [{ label: "jailbreak", score: 0.5 }], { ok: true, attack: true, score: 0.5 }],
    ["guard JSON unsafe", { response: { safe: false, categories: ["S14"] } }, { ok: true, attack: true }],
    ["guard JSON safe", { response: { safe: true } }, { ok: true, attack: false }],
    ["guard text unsafe", { response: "unsafe\nS2" }, { ok: true, attack: true }],
    ["guard text safe", { response: "  safe\n" }, { ok: true, attack: false }],
  ])("%s", (_name, raw, expected) => {
    expect(readClassifierAnswer(raw)).toEqual(expected);
  });

  it.each([
    ["labels that say neither", [{ label: "POSITIVE", score: 0.99 }, { label: "NEGATIVE", score: 0.01 }]],
    ["a score outside 0..1", [{ label: "INJECTION", score: 3 }]],
    ["an empty list", []],
    ["guard text that is neither", { response: "I cannot help with that." }],
    ["null", null],
    ["a string", "unsafe"],
    ["an unrelated object", { nonsense: true }],
  ])("refuses %s", (_name, raw) => {
    expect(readClassifierAnswer(raw).ok).toBe(false);
  });
});

describe("what the classifier is sent", () => {
  it("a Llama Guard model gets one user message and is asked for JSON", () => {
    expect(classifierInputs("@cf/meta/llama-guard-3-8b", "hello")).toEqual({
      messages: [{ role: "user", content: "hello" }],
      temperature: 0,
      response_format: { type: "json_object" },
    });
  });

  it("any other model is called as a text classifier", () => {
    expect(classifierInputs("@cf/acme/prompt-injection", "hello")).toEqual({ text: "hello" });
  });
});
