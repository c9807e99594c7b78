import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, createTenant, expectProblem } from "./helpers";

/** A day-long window: bucket boundaries fall at UTC midnight, so wall-clock tests stay exact. */
const DAY = 86_400;

const ask = (user?: string) => ({
  messages: [{ role: "user", content: "Summarise the water cycle in two sentences." }],
  ...(user ? { metadata: { user_id: user } } : {}),
});

describe("rate limits over HTTP", () => {
  it("allows exactly the limit, with headers counting down, then 429 with Retry-After", async () => {
    const t = await createTenant({ rate_limits: { tenant: null, key: { limit: 5, window_s: DAY }, user: null } });
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call("POST", "/v1/inspect", { key: t.inspectKey, body: ask() });
      expect(res.status).toBe(200);
      expect(res.headers.get("ratelimit-limit")).toBe("5");
      remaining.push(res.headers.get("ratelimit-remaining") ?? "");
    }
    expect(remaining).toEqual(["4", "3", "2", "1", "0"]);
    const refused = await call("POST", "/v1/inspect", { key: t.inspectKey, body: ask() });
    await expectProblem(refused, 429);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(Number(refused.headers.get("retry-after")));
  });

  it("keeps independent budgets per key", async () => {
    const t = await createTenant({ rate_limits: { tenant: null, key: { limit: 2, window_s: DAY }, user: null } });
    const second = await call("POST", "/v1/admin/keys", { key: t.adminKey, body: { name: "second", scopes: ["inspect"] } });
    const { key: otherKey } = (await second.json()) as { key: string };
    for (let i = 0; i < 2; i++) expect((await call("POST", "/v1/inspect", { key: t.inspectKey, body: ask() })).status).toBe(200);
    expect((await call("POST", "/v1/inspect", { key: t.inspectKey, body: ask() })).status).toBe(429);
    expect((await call("POST", "/v1/inspect", { key: otherKey, body: ask() })).status).toBe(200);
  });

  it("keeps independent budgets per end user, and the tenant budget caps them all", async () => {
    const t = await createTenant({
      rate_limits: { tenant: { limit: 5, window_s: DAY }, key: null, user: { limit: 2, window_s: DAY } },
    });
    const statuses = async (user?: string) => (await call("POST", "/v1/inspect", { key: t.inspectKey, body: ask(user) })).status;
    expect([await statuses("alice"), await statuses("alice"), await statuses("alice")]).toEqual([200, 200, 429]);
    expect([await statuses("bob"), await statuses("bob")]).toEqual([200, 200]);
    // Tenant: 4 of 5 used (alice's refusal did not count); one more, then the tenant is full.
    expect(await statuses()).toBe(200);
    const res = await call("POST", "/v1/inspect", { key: t.inspectKey, body: ask("carol") });
    const problem = await expectProblem(res, 429);
    expect(problem.detail).toMatch(/tenant/);
  });

  it("reports the tightest scope's remaining budget", async () => {
    const t = await createTenant({
      rate_limits: { tenant: { limit: 100, window_s: DAY }, key: { limit: 50, window_s: DAY }, user: { limit: 3, window_s: DAY } },
    });
    const res = await call("POST", "/v1/inspect", { key: t.inspectKey, body: ask("dora") });
    expect(res.headers.get("ratelimit-limit")).toBe("3");
    expect(res.headers.get("ratelimit-remaining")).toBe("2");
  });
});

describe("rate limits in the Durable Object, on an injected clock", () => {
  it("slides: the previous window's weight decays to the millisecond", async () => {
    const t = await createTenant({ rate_limits: { tenant: null, key: { limit: 10, window_s: 60 }, user: null } });
    const stub = env.TENANT.getByName(t.id);
    const T0 = 30_000_000 * 60_000; // a window start
    for (let i = 0; i < 10; i++) expect((await stub.inspect(t.inspectKey, ask(), T0 + i)).ok).toBe(true);
    const full = await stub.inspect(t.inspectKey, ask(), T0 + 30_000);
    expect(full.ok).toBe(false);
    expect(full.rateLimit?.retryAfterS).toBe(36); // room again at T0 + 66 000 ms
    expect((await stub.inspect(t.inspectKey, ask(), T0 + 65_999)).ok).toBe(false);
    const again = await stub.inspect(t.inspectKey, ask(), T0 + 66_000);
    expect(again.ok).toBe(true);
    expect(again.rateLimit?.remaining).toBe(0);
    // Half-way through the next window: 10 × 0.5 + 1 + this one = 7 used, 3 left.
    const half = await stub.inspect(t.inspectKey, ask(), T0 + 90_000);
    expect(half.rateLimit?.remaining).toBe(3);
  });
});
