import { describe, expect, it } from "vitest";
import { constantTimeEqual, generateApiKey, hashApiKey, keyPrefix, parseApiKey } from "../../src/shared/api-key";

describe("API keys", () => {
  it("round-trips a generated key to its tenant", () => {
    const key = generateApiKey("acme-prod");
    expect(key).toMatch(/^fwk_acme-prod_[A-Za-z0-9_-]{43}$/);
    expect(parseApiKey(key)).toEqual({ tenantId: "acme-prod", secret: key.slice("fwk_acme-prod_".length) });
  });

  it("never generates the same secret twice", () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey("acme")));
    expect(keys.size).toBe(200);
  });

  it.each([
    ["", "empty"],
    ["sk_live_abcdef", "another vendor's prefix"],
    ["fwk_acme", "no secret"],
    ["fwk_AC_" + "a".repeat(43), "upper-case tenant"],
    ["fwk_ab_" + "a".repeat(43), "tenant too short"],
    ["fwk_acme_" + "a".repeat(42), "secret too short"],
    ["fwk_acme_" + "a".repeat(44), "secret too long"],
    ["fwk_acme_" + "a".repeat(42) + "=", "padding character"],
    ["fwk_acme_" + "a".repeat(42) + " ", "trailing space"],
  ])("rejects %j (%s)", (presented) => {
    expect(parseApiKey(presented)).toBeNull();
  });

  it("hashes with SHA-256 (hex) and compares equal strings only", async () => {
    expect(await hashApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(constantTimeEqual("abcd", "abcd")).toBe(true);
    expect(constantTimeEqual("abcd", "abce")).toBe(false);
    expect(constantTimeEqual("abcd", "abc")).toBe(false);
  });

  it("shows only a prefix of the secret in listings", () => {
    const key = generateApiKey("acme");
    const prefix = keyPrefix(key);
    expect(prefix.startsWith("fwk_acme_")).toBe(true);
    expect(prefix.length).toBe("fwk_acme_".length + 4 + 1);
  });
});
