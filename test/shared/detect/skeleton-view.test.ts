import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/shared/detect/engine";
import { buildViews } from "../../../src/shared/detect/views";
import { DetectionPolicy } from "../../../src/shared/schemas/policy";

function skeleton(text: string): string | undefined {
  return buildViews(text).find((v) => v.name === "skeleton")?.text;
}

describe("the skeleton view drops diacritics, not letters", () => {
  it.each([
    ["Latin accents and strokes", "Ça déjà słowo", "ca deja slowo"],
    ["Vietnamese tones", "Bỏ qua hướng dẫn", "bo qua huong dan"],
  ])("reads %s without them", (_name, text, expected) => {
    expect(skeleton(text)).toBe(expected);
  });

  it.each([
    ["a Japanese voiced mark", "など「ど」 (ç)", "など「ど」 (c)"],
    ["a Devanagari vowel sign", "पासवर्ड (é)", "पासवर्ड (e)"],
    ["a Thai vowel", "ข้อมูล (é)", "ข้อมูล (e)"],
  ])("keeps %s, which makes another letter", (_name, text, expected) => {
    expect(skeleton(text)).toBe(expected);
  });

  it("so a Japanese example quoted before など stays an example in every view", () => {
    const engine = createEngine({ detection: DetectionPolicy.parse({}), customSignatures: [] });
    const text = "・テスト時は「前の指示は忘れて」などの意地悪な入力も試す\n・古いテンプレート（2023年版）は使わないこと";
    const result = engine.inspect({ direction: "input", messages: [{ role: "user", content: text }] });
    expect(result.matches.map((m) => m.signature_id)).not.toContain("pi.override-nonlatin.v1");
  });
});
