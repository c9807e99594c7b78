import { env } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { app } from "../../src/edge/app";
import { ADMIN, call, createTenant, expectProblem, uniqueTenantId } from "./helpers";

describe("operator API", () => {
  it("creates a tenant with one key per scope, shown once", async () => {
    const id = uniqueTenantId("op");
    const res = await call("POST", "/admin/tenants", { headers: ADMIN, body: { id, name: "Acme" } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; name: string; status: string; keys: { key: string; scopes: string[] }[] };
    expect(body).toMatchObject({ id, name: "Acme", status: "active" });
    expect(body.keys.map((k) => k.scopes[0]).sort()).toEqual(["admin", "inspect", "stream"]);
    for (const k of body.keys) expect(k.key.startsWith(`fwk_${id}_`)).toBe(true);
    const row = await env.DB.prepare("SELECT status FROM tenants WHERE id = ?").bind(id).first<{ status: string }>();
    expect(row?.status).toBe("active");
  });

  it("refuses a duplicate tenant with 409 and keeps the first", async () => {
    const t = await createTenant(undefined, "dup");
    await expectProblem(await call("POST", "/admin/tenants", { headers: ADMIN, body: { id: t.id } }), 409);
    expect((await call("GET", "/v1/admin/keys", { key: t.adminKey })).status).toBe(200);
  });

  it("lists tenants with keyset pagination", async () => {
    await createTenant(undefined, "zz-list");
    await createTenant(undefined, "zz-list");
    const first = (await (await call("GET", "/admin/tenants?limit=1", { headers: ADMIN })).json()) as {
      tenants: { id: string }[];
      next_after: string;
    };
    expect(first.tenants.length).toBe(1);
    const second = (await (await call("GET", `/admin/tenants?limit=1&after=${first.next_after}`, { headers: ADMIN })).json()) as {
      tenants: { id: string }[];
    };
    expect(second.tenants[0].id > first.tenants[0].id).toBe(true);
  });

  it("issues a recovery key to a tenant that lost its admin key", async () => {
    const t = await createTenant(undefined, "recover");
    const res = await call("POST", `/admin/tenants/${t.id}/keys`, { headers: ADMIN, body: { name: "recovery", scopes: ["admin"] } });
    expect(res.status).toBe(201);
    const { key } = (await res.json()) as { key: string };
    expect((await call("GET", "/v1/admin/keys", { key })).status).toBe(200);
    await expectProblem(await call("POST", "/admin/tenants/no-such-one/keys", { headers: ADMIN, body: { name: "x", scopes: ["admin"] } }), 404);
  });

  it("refuses a missing or wrong token, and rejects invalid tenant ids", async () => {
    await expectProblem(await call("GET", "/admin/tenants"), 401);
    await expectProblem(await call("GET", "/admin/tenants", { headers: { authorization: "Bearer wrong" } }), 401);
    await expectProblem(await call("POST", "/admin/tenants", { headers: ADMIN, body: { id: "Bad_Id" } }), 400);
    await expectProblem(await call("GET", "/admin/tenants/UPPER", { headers: ADMIN }), 404);
    await expectProblem(await call("PATCH", "/admin/tenants/missing-tenant", { headers: ADMIN, body: { status: "disabled" } }), 404);
  });

  it("fails closed when ADMIN_TOKEN is unset: `Bearer undefined` never authenticates", async () => {
    for (const token of ["", undefined]) {
      const res = await app.fetch(
        new Request("http://fw.test/admin/tenants", { headers: { authorization: "Bearer undefined" } }),
        { ...env, ADMIN_TOKEN: token as unknown as string },
        createExecutionContext(),
      );
      await expectProblem(res, 503);
    }
  });

  it("answers /health without auth", async () => {
    const res = await call("GET", "/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", version: expect.any(String) });
  });
});
