import { describe, expect, it } from "vitest";
import { DEFAULT_FEATURE_CONFIG } from "../../../src/shared/model/config";
import { FeatureSet } from "../../../src/shared/model/feature-set";
import { prepareText, windowFeatures } from "../../../src/shared/model/features";
import { hashString, seedFor } from "../../../src/shared/model/hash";

function ids(text: string): number[] {
  const prepared = prepareText(text, DEFAULT_FEATURE_CONFIG);
  const set = new FeatureSet(DEFAULT_FEATURE_CONFIG.bits);
  windowFeatures(prepared, DEFAULT_FEATURE_CONFIG, 0, prepared.view.text.length, set);
  return [...set.ids.subarray(0, set.count)].sort((a, b) => a - b);
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

  it("keeps every id inside the weight table and counts each once", () => {
    const all = ids("spam spam spam spam spam eggs");
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toBeGreaterThanOrEqual(0);
    for (const id of all) expect(id).toBeLessThan(1 << DEFAULT_FEATURE_CONFIG.bits);
  });

  it("differs between texts that differ", () => {
    expect(ids("reset my password")).not.toEqual(ids("reset my passport"));
  });
});
