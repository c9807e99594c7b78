import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "../../../scripts/eval/args";

describe("parseEvalArgs", () => {
  it("needs --data and has defaults", () => {
    expect(parseEvalArgs([]).ok).toBe(false);
    expect(parseEvalArgs(["--data", "d"])).toEqual({
      ok: true,
      options: { data: "d", model: true, errors: 0, evasionSample: 400, json: false, asDocument: false },
    });
  });

  it("reads every option", () => {
    const parsed = parseEvalArgs(["--data", "d", "--no-model", "--only", "bipia", "--errors", "5", "--evasion-sample", "0", "--json", "--as-document"]);
    expect(parsed).toEqual({
      ok: true,
      options: { data: "d", model: false, only: "bipia", errors: 5, evasionSample: 0, json: true, asDocument: true },
    });
  });

  it.each([
    [["--data"]],
    [["--data", "d", "--errors", "x"]],
    [["--data", "d", "--errors", "-1"]],
    [["--data", "d", "--only", "--json"]],
    [["--data", "d", "--frobnicate"]],
  ])("rejects %j", (argv) => {
    expect(parseEvalArgs(argv).ok).toBe(false);
  });
});
