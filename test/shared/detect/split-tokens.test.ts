import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/shared/detect/engine";
import { splitTokenSpaces } from "../../../src/shared/detect/split-tokens";
import { buildViews } from "../../../src/shared/detect/views";
import { NO_METER } from "../../../src/shared/detect/work-meter";
import { DEFAULT_POLICY } from "../../../src/shared/schemas/policy";

// Made-up keys in real formats (a GitHub token, an AWS access key id), cut by spaces.
const TOKEN = "ghp_7Rk2QwZ9mLx4TbN8vJcHsYdFpGeUaWqKr3Tz";
// The first fragment too short for the format: only the joined text holds the key.
const SPLIT_TOKEN = "ghp_7Rk2Qw Z9mLx4TbN8vJcH sYdFpGeUaWqKr3Tz";
const SPLIT_AWS = "AKIAQW SXZERT7YUIOPLK";

const engine = createEngine({ detection: DEFAULT_POLICY.detection, customSignatures: [] });

function joinedKeys(text: string): string | undefined {
  return buildViews(text).find((v) => v.name === "joined-keys")?.text;
}

function secretIds(text: string): string[] {
  const result = engine.inspect({ messages: [{ role: "user", content: text }], direction: "output" });
  return result.matches.filter((m) => m.category === "secret").map((m) => m.signature_id);
}

describe("keys split by spaces", () => {
  it("joins the fragments of a key back together, and leaves the words around it apart", () => {
    expect(joinedKeys(`use the token ${SPLIT_TOKEN} to log in`)).toBe(`use the token ${TOKEN} to log in`);
    expect(joinedKeys(`key id ${SPLIT_AWS} here`)).toBe("key id AKIAQWSXZERT7YUIOPLK here");
  });

  it("finds the split key in the joined view and maps it back over its fragments", () => {
    const text = `Here you go: ${SPLIT_TOKEN} (it expires soon)`;
    expect(secretIds(text)).toContain("sec.provider-token.v1");
    const match = engine.inspect({ messages: [{ role: "user", content: text }], direction: "output" }).matches.find((m) => m.signature_id === "sec.provider-token.v1");
    expect(match?.view).toBe("joined-keys");
    expect(text.slice(match?.start, match?.end)).toBe(SPLIT_TOKEN);
    expect(secretIds(`The AWS key is ${SPLIT_AWS}`)).toContain("sec.aws-access-key.v1");
  });

  it("joins a value cut in its first fragment, after '=' or an opening quote after '=' or ':'", () => {
    expect(joinedKeys("ARG token=EAA Rk2QwZ9mLx4TbN8vJcHsYdFp")).toBe("ARG token=EAARk2QwZ9mLx4TbN8vJcHsYdFp");
    expect(joinedKeys('set apikey="API-Z NRMR7SL6L3ATMOIK7GKJ"')).toBe('set apikey="API-ZNRMR7SL6L3ATMOIK7GKJ"');
    expect(joinedKeys("key: 'Qw Z9mLx4TbN8vJcH'")).toBe("key: 'QwZ9mLx4TbN8vJcH'");
  });

  it("keeps an HTTP auth scheme apart from the credential after it", () => {
    const text = '"Authorization": "Bearer eyJhbGciO iJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"';
    expect(joinedKeys(text)).toContain('"Bearer eyJhbGciOiJIUzI1NiJ9.');
    expect(secretIds(text)).toContain("sec.jwt.v1");
  });

  it("joins an e-mail address cut after its name, for the PII formats too", () => {
    // A cut inside the name before the "@" leaves its first fragment apart, as a key's.
    const text = "Write to maria.gonzalez@bluep eakconsulting.com or call +1 415 555 0137";
    expect(joinedKeys(text)).toContain("maria.gonzalez@bluepeakconsulting.com");
    const matches = engine.inspect({ messages: [{ role: "user", content: text }], direction: "output" }).matches;
    expect(matches.some((m) => m.signature_id === "pii.email.v1" && m.view === "joined-keys")).toBe(true);
  });

  it("leaves an @mention and the words after it apart", () => {
    expect(joinedKeys("thanks @maria for the review of chapter one")).toBeUndefined();
  });

  it("leaves a quoted value of plain words alone", () => {
    expect(joinedKeys('title: "Hello World", level=info done')).toBeUndefined();
    expect(joinedKeys('{"name": "Ada Lovelace", "class": "nav item"}')).toBeUndefined();
  });

  it("joins URLs cut inside, from their scheme on", () => {
    expect(splitTokenSpaces("see https://hoo ks.example.com/pa th/v1/items now", NO_METER)).toEqual(new Set([15, 33]));
  });

  it.each([
    "Hello World, please review the attached report before Friday.",
    "Open the file cli.py in Python 3 and run it with the --verbose flag.",
    // A strong fragment ending at letter-space-letter gets it past the pre-test: the scan
    // itself leaves "user_name is" apart (a plain word with no key after it).
    "Set user_name is the field we read first.",
    "We met at 10 am and left at noon.",
  ])("leaves prose without a key-like stretch before a space alone: %s", (text) => {
    expect(splitTokenSpaces(text, NO_METER)).toBeNull();
  });

  it("does not join a plain word onto the key after it, which would cost the key its leading word boundary", () => {
    expect(splitTokenSpaces(`token ${TOKEN}`, NO_METER)).toBeNull();
    // Nor a file name: a dot alone does not make a fragment look like a key.
    expect(splitTokenSpaces("python cli.py eyJhbGciOiJIUzI1NiJ9", NO_METER)).toBeNull();
  });

  it("lets key-like words in prose through: joining them makes no key format match", () => {
    const text = "Build x86Linux Build42 of the MyService ApiV3 handler, then call getUser NameV2 before NASA reports back.";
    expect(joinedKeys(text)).toBeDefined();
    expect(secretIds(text)).toEqual([]);
  });
});
