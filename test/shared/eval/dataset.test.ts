import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError, isHarmfulRequest, loadDataset, parseJsonl } from "../../../scripts/eval/dataset";

const line = (fields: Record<string, unknown>): string =>
  JSON.stringify({ id: "r1", text: "hello", label: "benign", category: "general_chat", source: "unit", ...fields });

describe("parseJsonl", () => {
  it("keeps optional fields, ignores unknown ones and skips blank lines", () => {
    const records = parseJsonl(`${line({ lang: "German", license: "MIT" })}\n\n${line({ id: "r2", system_prompt: "sp" })}\n`, "f");
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ id: "r1", lang: "German", file: "f" });
    expect(records[1]?.system_prompt).toBe("sp");
  });

  it("names the file and line of a bad record", () => {
    expect(() => parseJsonl(`${line({})}\n${line({ label: "spam" })}`, "f")).toThrow(/f:2/);
    expect(() => parseJsonl("{not json", "g")).toThrow(DatasetError);
  });

  it("recognises harmful requests by file or category", () => {
    const [record] = parseJsonl(line({ label: "attack" }), "harmful_x");
    expect(record && isHarmfulRequest(record)).toBe(true);
    const [other] = parseJsonl(line({ label: "attack", category: "harmful_request" }), "misc");
    expect(other && isHarmfulRequest(other)).toBe(true);
    const [attack] = parseJsonl(line({ label: "attack", category: "jailbreak" }), "misc");
    expect(attack && isHarmfulRequest(attack)).toBe(false);
  });
});

describe("loadDataset", () => {
  it("reads *.jsonl only, filtered by --only", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "eval-"));
    await writeFile(path.join(dir, "alpha.jsonl"), line({}));
    await writeFile(path.join(dir, "beta.jsonl"), line({ id: "b" }));
    await writeFile(path.join(dir, "notes.txt"), "x");
    expect((await loadDataset(dir)).map((r) => r.file)).toEqual(["alpha", "beta"]);
    expect((await loadDataset(dir, "bet")).map((r) => r.id)).toEqual(["b"]);
    await expect(loadDataset(dir, "zzz")).rejects.toThrow(DatasetError);
  });
});
