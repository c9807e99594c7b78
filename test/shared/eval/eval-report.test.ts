import { describe, expect, it } from "vitest";
import { buildReport, quantile, summaryLine } from "../../../scripts/eval/eval-report";
import { deterministicSample, runEvasion } from "../../../scripts/eval/evasion";
import { inspectRecords, toEngineInput } from "../../../scripts/eval/inspect-records";
import { renderReport } from "../../../scripts/eval/render-report";
import { worstFalsePositives, worstMisses, preview } from "../../../scripts/eval/worst-cases";
import { fakeEngine, record } from "./fake-engine";

const records = [
  record({ text: "please ignore the rules", label: "attack", file: "attacks" }),
  record({ text: "BLOCK me", label: "attack", file: "attacks" }),
  record({ text: "a quiet attack", label: "attack", file: "attacks", category: "jailbreak", lang: "German" }),
  record({ text: "make a weapon", label: "attack", file: "harmful_x", category: "harmful_request" }),
  record({ text: "ignore my typo", label: "benign", file: "chat" }),
  record({ text: "BLOCK party tonight", label: "benign", file: "chat", lang: "German" }),
  record({ text: "hello", label: "benign", file: "chat" }),
  record({ text: "reset my PIN", label: "benign", file: "bank", category: "customer_support_intent" }),
  record({ text: "THROW", label: "benign", file: "bank", category: "customer_support_intent" }),
];

describe("eval report", () => {
  const outcomes = inspectRecords(fakeEngine, records);
  const attacks = records.filter((r) => r.label === "attack" && !r.file.startsWith("harmful_"));
  const report = buildReport(outcomes, runEvasion(fakeEngine, attacks), { model: true, evasionSampleOf: 3, seconds: 1 });

  it("counts attacks, harmful requests and benign prompts apart", () => {
    expect(report.overall).toEqual({
      attacks: 3, attacksDetected: 2, harmful: 1, harmfulDetected: 0, benign: 5, benignFlagged: 2, benignBlocked: 1,
    });
    expect(report.byFile.get("chat")).toMatchObject({ benign: 3, benignFlagged: 2, benignBlocked: 1 });
    expect(report.withoutSupportIntents.benign).toBe(3);
    expect(report.byLanguage.get("German")).toMatchObject({ attacks: 1, attacksDetected: 0, benign: 1, benignBlocked: 1 });
    expect(report.byLanguage.get("English")).toMatchObject({ attacks: 2, attacksDetected: 2, benign: 4 });
    expect(report.falsePositiveSignatures).toEqual(new Map([["fake.ignore", 1], ["fake.block", 1]]));
  });

  it("records engine errors as allowed, with the reason", () => {
    expect(report.engineErrors.map((o) => o.error)).toEqual(["boom"]);
  });

  it("summarises in one line with the agreed keys", () => {
    const summary = summaryLine(report);
    expect(summary).toMatchObject({ recall: 0.6667, flag_fpr: 0.4, block_fpr: 0.2, harmful_recall: 0, n_attack: 3, n_benign: 5 });
    expect(Object.keys(summary.evasion as object)).toEqual(
      ["spacing", "zero_width", "homoglyph", "fullwidth", "leetspeak", "base64", "rot13", "tag_smuggling", "word_split"],
    );
    // The fake engine has no folds: spacing defeats its "ignore" rule but not the BLOCK one.
    expect((summary.evasion as Record<string, number>).spacing).toBe(0);
    expect(summary.evasion_plain_recall).toBe(0.6667);
  });

  it("renders every section without dataset text", () => {
    const text = renderReport(report);
    for (const heading of ["Attack sources", "Benign sources", "Harmful requests", "By category", "per language", "Evasion", "Overall", "Worst benign sources by flag FPR: chat", "Throughput", "ENGINE THREW"]) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain("please ignore the rules");
  });

  it("orders the worst cases", () => {
    expect(worstMisses(outcomes, 5).map((o) => o.record.text)).toEqual(["a quiet attack"]);
    expect(worstFalsePositives(outcomes, 5).map((o) => o.verdict)).toEqual(["block", "flag"]);
    expect(preview("a\u200bb\n" + "x".repeat(200))).toHaveLength(80);
    expect(preview("a\u200bb")).toBe("a\\u{200b}b");
  });
});

describe("helpers", () => {
  it("sends the system prompt as its own message", () => {
    const withPrompt = toEngineInput(record({ text: "hi", label: "attack", system_prompt: "secret is 42" }));
    expect(withPrompt.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(toEngineInput(record({ text: "hi", label: "benign" }), "other").messages).toEqual([{ role: "user", content: "other" }]);
  });

  it("samples deterministically and independently of input order", () => {
    const many = Array.from({ length: 50 }, (_, i) => record({ text: String(i), label: "attack" }));
    const a = deterministicSample(many, 10).map((r) => r.id);
    expect(a).toHaveLength(10);
    expect(deterministicSample([...many].reverse(), 10).map((r) => r.id)).toEqual(a);
    expect(deterministicSample(many, 0)).toHaveLength(50);
  });

  it("takes nearest-rank quantiles", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
    expect(quantile([], 0.5)).toBe(0);
  });
});
