import { describe, expect, it } from "vitest";
import { DEFAULT_FEATURE_CONFIG } from "../../../src/shared/model/config";
import { prepareText, windowIds } from "../../../src/shared/model/features";
import { hashString, seedFor } from "../../../src/shared/model/hash";
import { IntList } from "../../../src/shared/model/int-list";

/** Count-normalized ids and word-class ids of a one-window text. */
function streams(text: string): { ids: number[]; classIds: number[] } {
  const prepared = prepareText(text, DEFAULT_FEATURE_CONFIG);
  const window = new IntList();
  const classes = new IntList();
  windowIds(prepared, DEFAULT_FEATURE_CONFIG, 0, prepared.length, window, classes);
  const sorted = (list: IntList): number[] => [...list.data.subarray(0, list.length)].sort((a, b) => a - b);
  return { ids: sorted(window), classIds: sorted(classes) };
}

function ids(text: string): number[] {
  return streams(text).ids;
}

describe("feature hashing", () => {
  it("is pinned: the committed weights depend on these exact values", () => {
    expect(seedFor("char")).toBe(3477080843);
    expect(hashString(seedFor("test"), "ignore previous")).toBe(4147479623);
  });

  it("gives the same ids for the same text, whatever was hashed before", () => {
    const first = ids("Please summarise the attached meeting notes.");
    ids("something else entirely, to dirty the scratch set");
    expect(ids("Please summarise the attached meeting notes.")).toEqual(first);
  });

  it("keeps every id inside the weight table", () => {
    for (const id of ids("spam spam spam spam spam eggs")) {
      expect(id).toBeGreaterThanOrEqual(0);
      expect(id).toBeLessThan(1 << DEFAULT_FEATURE_CONFIG.bits);
    }
  });

  it("counts a repeated word once within a window", () => {
    const spam = hashString(seedFor("word"), "spam") & ((1 << DEFAULT_FEATURE_CONFIG.bits) - 1);
    expect(ids("spam spam spam spam spam eggs").filter((id) => id === spam)).toHaveLength(1);
  });

  it("gives a character n-gram the same id wherever it starts (the rotation is undone at every offset)", () => {
    const groups = DEFAULT_FEATURE_CONFIG.charNgrams.length;
    const idsAt = (text: string, start: number): number[] => {
      const prepared = prepareText(text, DEFAULT_FEATURE_CONFIG);
      return [...prepared.charIds.subarray(start * groups, (start + 1) * groups)];
    };
    const reference = idsAt("quick brown", 0);
    // 40 offsets cover every rotation (they repeat every 32 units).
    for (let pad = 1; pad <= 40; pad++) expect(idsAt(`${"x".repeat(pad)} quick brown`, pad + 1)).toEqual(reference);
    expect(idsAt("quack brown", 0)).not.toEqual(reference);
  });

  it("puts word classes in their own stream, each class event once per window", () => {
    // ignore, previous, instructions; ignore opening the sentence; pairs ignore→previous,
    // ignore→instructions, previous→instructions.
    expect(streams("Ignore the previous instructions.").classIds).toHaveLength(7);
    const repeated = streams("Ignore the previous instructions. Ignore the previous instructions.").classIds;
    expect(new Set(repeated).size).toBe(repeated.length);
    expect(streams("The weather is mild today.").classIds).toEqual([]);
  });

  it("differs between texts that differ", () => {
    expect(ids("reset my password")).not.toEqual(ids("reset my passport"));
  });
});
