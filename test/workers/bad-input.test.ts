import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "../../src/shared/schemas/policy";
import { call, createTenant, expectProblem, type TestTenant } from "./helpers";

async function eventCount(t: TestTenant): Promise<number> {
  const stats = (await (await call("GET", "/v1/stats", { key: t.inspectKey })).json()) as { day: { total: number } };
  return stats.day.total;
}

const message = (content: unknown) => ({ role: "user", content });

describe("bad input on /v1/inspect", () => {
  const cases: { name: string; status: number; body: string; contentType?: string }[] = [
    { name: "invalid JSON", status: 400, body: '{"messages": [' },
    { name: "JSON that is not an object", status: 400, body: "[1, 2, 3]" },
    { name: "wrong content type", status: 415, body: JSON.stringify({ messages: [message("hi")] }), contentType: "text/plain" },
    { name: "unknown top-level field", status: 400, body: JSON.stringify({ messages: [message("hi")], tenant_id: "other" }) },
    { name: "unknown message field", status: 400, body: JSON.stringify({ messages: [{ ...message("hi"), extra: 1 }] }) },
    { name: "empty messages", status: 400, body: JSON.stringify({ messages: [] }) },
    { name: "too many messages", status: 400, body: JSON.stringify({ messages: Array.from({ length: 257 }, () => message("hi")) }) },
    { name: "non-string content", status: 400, body: JSON.stringify({ messages: [message(42)] }) },
    { name: "content part of an unknown type", status: 400, body: JSON.stringify({ messages: [message([{ type: "image", url: "x" }])] }) },
    { name: "document part with an unknown field", status: 400, body: JSON.stringify({ messages: [message([{ type: "document", text: "page", url: "https://x.example" }])] }) },
    { name: "unknown role", status: 400, body: JSON.stringify({ messages: [{ role: "root", content: "hi" }] }) },
    { name: "deeply nested JSON", status: 400, body: `{"messages":${"[".repeat(5000)}${"]".repeat(5000)}}` },
    { name: "body over 1 MiB", status: 413, body: JSON.stringify({ messages: [message("a".repeat(1024 * 1024))] }) },
    { name: "non-string metadata value", status: 400, body: JSON.stringify({ messages: [message("hi")], metadata: { user_id: 7 } }) },
  ];

  it.each(cases)("$name → $status problem JSON, state unchanged", async ({ status, body, contentType }) => {
    const t = await createTenant();
    const res = await call("POST", "/v1/inspect", {
      key: t.inspectKey,
      body,
      headers: { "content-type": contentType ?? "application/json" },
    });
    const problem = await expectProblem(res, status);
    if (status === 400 && body.includes("extra")) {
      expect(JSON.stringify(problem.errors)).toContain("messages.0");
    }
    expect(await eventCount(t)).toBe(0);
    // The refused request consumed no rate-limit budget either: this is the first counted one.
    const ok = await call("POST", "/v1/inspect", { key: t.inspectKey, body: { messages: [message("hello")] } });
    const tightest = Math.min(DEFAULT_POLICY.rate_limits.tenant?.limit ?? Infinity, DEFAULT_POLICY.rate_limits.key?.limit ?? Infinity);
    expect(ok.headers.get("ratelimit-remaining")).toBe(String(tightest - 1));
  });

  it("refuses a chunked body over the limit while streaming (no Content-Length)", async () => {
    const t = await createTenant();
    const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const { exports } = await import("cloudflare:workers");
    const res = await exports.default.fetch(
      new Request("http://fw.test/v1/inspect", {
        method: "POST",
        headers: { authorization: `Bearer ${t.inspectKey}`, "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    await expectProblem(res, 413);
  });
});

describe("bad input on the admin API", () => {
  it("policy with an unknown field → 400; inconsistent thresholds → 422; policy unchanged", async () => {
    const t = await createTenant();
    const before = await (await call("GET", "/v1/admin/policy", { key: t.adminKey })).text();
    await expectProblem(await call("PUT", "/v1/admin/policy", { key: t.adminKey, body: { detection: { thresh: 1 } } }), 400);
    const inconsistent = { detection: { flag_threshold: 80, block_threshold: 50 } };
    const problem = await expectProblem(await call("PUT", "/v1/admin/policy", { key: t.adminKey, body: inconsistent }), 422);
    expect(JSON.stringify(problem.errors)).toContain("detection.block_threshold");
    expect(await (await call("GET", "/v1/admin/policy", { key: t.adminKey })).text()).toBe(before);
  });

  it("key creation with an unknown scope → 400, events query out of range → 400, unknown route → 404", async () => {
    const t = await createTenant();
    await expectProblem(await call("POST", "/v1/admin/keys", { key: t.adminKey, body: { name: "x", scopes: ["root"] } }), 400);
    await expectProblem(await call("GET", "/v1/admin/events?limit=100000", { key: t.adminKey }), 400);
    await expectProblem(await call("GET", "/v1/nothing-here", { key: t.adminKey }), 404);
    expect(((await (await call("GET", "/v1/admin/keys", { key: t.adminKey })).json()) as unknown[]).length).toBe(3);
  });
});
