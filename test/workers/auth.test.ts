import { env } from "cloudflare:workers";
import { listDurableObjectIds, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, PLAIN_QUESTION, call, createTenant, expectProblem } from "./helpers";

describe("API key authentication", () => {
  it("accepts a valid inspect key in Authorization or X-API-Key", async () => {
    const t = await createTenant();
    expect((await call("POST", "/v1/inspect", { key: t.inspectKey, body: PLAIN_QUESTION })).status).toBe(200);
    const viaHeader = await call("POST", "/v1/inspect", { headers: { "x-api-key": t.inspectKey }, body: PLAIN_QUESTION });
    expect(viaHeader.status).toBe(200);
  });

  it("refuses a missing key with 401 and a WWW-Authenticate challenge", async () => {
    const res = await call("POST", "/v1/inspect", { body: PLAIN_QUESTION });
    await expectProblem(res, 401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("refuses a malformed key at the edge without creating any Durable Object", async () => {
    const before = (await listDurableObjectIds(env.TENANT)).length;
    for (const key of ["nonsense", "fwk_x_short", "fwk_UPPER_" + "a".repeat(43), "Bearer"]) {
      await expectProblem(await call("POST", "/v1/inspect", { key, body: PLAIN_QUESTION }), 401);
    }
    expect((await listDurableObjectIds(env.TENANT)).length).toBe(before);
  });

  it("refuses a well-formed key of a tenant that does not exist, and creates no storage for it", async () => {
    const key = `fwk_no-such-tenant_${"A".repeat(43)}`;
    await expectProblem(await call("POST", "/v1/inspect", { key, body: PLAIN_QUESTION }), 401);
    await expectProblem(await call("GET", "/v1/admin/keys", { key }), 401);
    const tables = await runInDurableObject(env.TENANT.getByName("no-such-tenant"), (_instance, state) =>
      state.storage.sql.exec(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).one().n,
    );
    expect(tables).toBe(0);
  });

  it("refuses a wrong secret for a real tenant", async () => {
    const t = await createTenant();
    const wrong = `${t.inspectKey.slice(0, -4)}${t.inspectKey.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    await expectProblem(await call("POST", "/v1/inspect", { key: wrong, body: PLAIN_QUESTION }), 401);
  });

  it("refuses a revoked key on the very next request", async () => {
    const t = await createTenant();
    const created = await call("POST", "/v1/admin/keys", { key: t.adminKey, body: { name: "ci", scopes: ["inspect"] } });
    expect(created.status).toBe(201);
    const { id, key } = (await created.json()) as { id: string; key: string };
    expect((await call("POST", "/v1/inspect", { key, body: PLAIN_QUESTION })).status).toBe(200);
    expect((await call("DELETE", `/v1/admin/keys/${id}`, { key: t.adminKey })).status).toBe(200);
    const body = await expectProblem(await call("POST", "/v1/inspect", { key, body: PLAIN_QUESTION }), 401);
    expect(body.detail).toMatch(/revoked/);
  });

  it("answers 403 when the key lacks the scope", async () => {
    const t = await createTenant();
    await expectProblem(await call("POST", "/v1/inspect", { key: t.adminKey, body: PLAIN_QUESTION }), 403);
    await expectProblem(await call("GET", "/v1/admin/policy", { key: t.inspectKey }), 403);
    await expectProblem(await call("GET", "/v1/admin/keys", { key: t.streamKey }), 403);
  });

  it("answers 403 for every key of a disabled tenant, and serves it again once enabled", async () => {
    const t = await createTenant();
    const disable = await call("PATCH", `/admin/tenants/${t.id}`, { headers: ADMIN, body: { status: "disabled" } });
    expect(disable.status).toBe(200);
    const body = await expectProblem(await call("POST", "/v1/inspect", { key: t.inspectKey, body: PLAIN_QUESTION }), 403);
    expect(body.detail).toMatch(/disabled/);
    await expectProblem(await call("GET", "/v1/admin/keys", { key: t.adminKey }), 403);
    await call("PATCH", `/admin/tenants/${t.id}`, { headers: ADMIN, body: { status: "active" } });
    expect((await call("POST", "/v1/inspect", { key: t.inspectKey, body: PLAIN_QUESTION })).status).toBe(200);
  });

  it("never lists secrets or hashes of keys", async () => {
    const t = await createTenant();
    const res = await call("GET", "/v1/admin/keys", { key: t.adminKey });
    const text = await res.text();
    expect(res.status).toBe(200);
    for (const key of [t.inspectKey, t.adminKey, t.streamKey]) expect(text).not.toContain(key);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    expect((JSON.parse(text) as unknown[]).length).toBe(3);
  });
});
