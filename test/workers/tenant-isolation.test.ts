import { describe, expect, it } from "vitest";
import { PLAIN_QUESTION, call, createTenant, expectProblem } from "./helpers";

describe("tenant isolation", () => {
  it("a key of tenant A can never read or change anything of tenant B", async () => {
    const a = await createTenant(undefined, "iso-a");
    const b = await createTenant(undefined, "iso-b");
    // B has some state of its own.
    expect((await call("POST", "/v1/inspect", { key: b.inspectKey, body: PLAIN_QUESTION })).status).toBe(200);
    const bPolicyBefore = await (await call("GET", "/v1/admin/policy", { key: b.adminKey })).text();

    // A's secret presented under B's tenant id reaches B's DO, which does not know it.
    const forged = a.adminKey.replace(`fwk_${a.id}_`, `fwk_${b.id}_`);
    await expectProblem(await call("GET", "/v1/admin/keys", { key: forged }), 401);
    await expectProblem(await call("GET", "/v1/admin/events", { key: forged }), 401);
    await expectProblem(await call("GET", "/v1/stats", { key: forged.replace(a.adminKey, a.inspectKey) }), 401);
    await expectProblem(await call("PUT", "/v1/admin/policy", { key: forged, body: { rate_limits: { tenant: null } } }), 401);
    await expectProblem(await call("POST", "/v1/admin/keys", { key: forged, body: { name: "x", scopes: ["admin"] } }), 401);

    // A's own view shows only A.
    const aStats = (await (await call("GET", "/v1/stats", { key: a.inspectKey })).json()) as { day: { total: number } };
    expect(aStats.day.total).toBe(0);
    const aEvents = (await (await call("GET", "/v1/admin/events", { key: a.adminKey })).json()) as { events: unknown[] };
    expect(aEvents.events).toEqual([]);

    // B is unchanged.
    expect(await (await call("GET", "/v1/admin/policy", { key: b.adminKey })).text()).toBe(bPolicyBefore);
    const bKeys = (await (await call("GET", "/v1/admin/keys", { key: b.adminKey })).json()) as unknown[];
    expect(bKeys.length).toBe(3);
    const bStats = (await (await call("GET", "/v1/stats", { key: b.inspectKey })).json()) as { day: { total: number } };
    expect(bStats.day.total).toBe(1);
  });

  it("A cannot revoke B's key by id", async () => {
    const a = await createTenant(undefined, "iso-c");
    const b = await createTenant(undefined, "iso-d");
    const bKeys = (await (await call("GET", "/v1/admin/keys", { key: b.adminKey })).json()) as { id: string }[];
    await expectProblem(await call("DELETE", `/v1/admin/keys/${bKeys[0].id}`, { key: a.adminKey }), 404);
    expect((await call("POST", "/v1/inspect", { key: b.inspectKey, body: PLAIN_QUESTION })).status).toBe(200);
  });
});
