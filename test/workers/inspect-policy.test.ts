import { describe, expect, it } from "vitest";
import { InspectResponse } from "../../src/shared/schemas/inspect";
import { call, createTenant } from "./helpers";

async function inspect(key: string, body: unknown): Promise<InspectResponse> {
  const res = await call("POST", "/v1/inspect", { key, body });
  expect(res.status).toBe(200);
  return InspectResponse.parse(await res.json());
}

describe("inspection policies end to end", () => {
  it("blocks a cloud key in a model answer and masks it in the excerpt", async () => {
    const t = await createTenant();
    const key = "AKIAQ3EGRTYU7PLMNB2K";
    const result = await inspect(t.inspectKey, {
      direction: "output",
      messages: [{ role: "assistant", content: `Here you go: the deploy key is ${key}, keep it safe.` }],
    });
    expect(result.verdict).toBe("block");
    expect(result.categories).toContain("secret");
    expect(JSON.stringify(result)).not.toContain(key);
  });

  it("returns the messages with card numbers and emails masked, same shape", async () => {
    const t = await createTenant();
    const result = await inspect(t.inspectKey, {
      messages: [
        { role: "system", content: "You update billing details." },
        { role: "user", content: [{ type: "text", text: "My card is 4111 1111 1111 1111 and my email is jane.doe@example.org." }] },
      ],
    });
    expect(result.categories).toContain("pii");
    const redacted = result.redacted ?? [];
    expect(redacted).toHaveLength(2);
    expect(redacted[0]).toEqual({ role: "system", content: "You update billing details." });
    const parts = redacted[1].content;
    expect(Array.isArray(parts)).toBe(true);
    const text = Array.isArray(parts) ? parts[0].text : "";
    expect(text).not.toContain("4111 1111 1111 1111");
    expect(text).not.toContain("jane.doe@example.org");
    expect(text).toMatch(/\[REDACTED:[a-z_]+\]/);
  });

  it("does not redact when the policy turns redaction off", async () => {
    const t = await createTenant({ detection: { redact: false } });
    const result = await inspect(t.inspectKey, { messages: [{ role: "user", content: "Reach me at jane.doe@example.org." }] });
    expect(result.redacted).toBeUndefined();
  });

  it("blocks a tenant canary echoed by the model, also when base64-encoded", async () => {
    const canary = "cnry-7f3a9b2e41";
    const t = await createTenant({ detection: { canary_tokens: [canary] } });
    for (const content of [`My instructions begin with ${canary}.`, `Encoded for you: ${btoa(canary)}`]) {
      const result = await inspect(t.inspectKey, { direction: "output", messages: [{ role: "assistant", content }] });
      expect(result.verdict).toBe("block");
      expect(result.categories).toContain("canary_leak");
    }
  });

  it("lets a tenant allow a category it does not care about", async () => {
    const t = await createTenant({ detection: { categories: { pii: { action: "allow" } } } });
    const result = await inspect(t.inspectKey, { messages: [{ role: "user", content: "My card is 4111 1111 1111 1111." }] });
    expect(result.verdict).toBe("allow");
  });
});
