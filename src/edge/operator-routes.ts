import { Hono } from "hono";
import { z } from "zod";
import { TenantId } from "../shared/schemas/common";
import { CreateKeyRequest } from "../shared/schemas/keys";
import { CreateTenantRequest, UpdateTenantRequest } from "../shared/schemas/tenant";
import { requireAdminToken } from "./admin-token";
import type { AppEnv } from "./app-env";
import { readJson } from "./json-body";
import { ProblemError } from "./problem";
import { parseQuery } from "./query";
import { answer } from "./rpc-response";
import { TenantRegistry } from "./tenant-registry";

const ListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  after: TenantId.optional(),
});

function tenantParam(id: string): string {
  if (!TenantId.safeParse(id).success) throw new ProblemError(404, "Not Found", "not-found", `No tenant ${id}.`);
  return id;
}

/**
 * `/admin/*`, the operator API behind ADMIN_TOKEN. D1 lists the tenants; each tenant's
 * own state (keys, policy) is created in and changed through its Durable Object.
 */
export const operatorRoutes = new Hono<AppEnv>()
  .use(requireAdminToken)
  .post("/tenants", async (c) => {
    const body = await readJson(c, CreateTenantRequest);
    const now = Date.now();
    const registry = new TenantRegistry(c.env.DB);
    const name = body.name ?? body.id;
    // Registry first: its primary key settles concurrent creates of one id (409).
    if (!(await registry.insert({ id: body.id, name, status: "active", created_at: now, updated_at: now }))) {
      throw new ProblemError(409, "Conflict", "conflict", `Tenant ${body.id} already exists.`);
    }
    try {
      const created = await c.env.TENANT.getByName(body.id).provision(body, now);
      if (!created.ok) await registry.remove(body.id);
      return answer(c, created, 201);
    } catch (err) {
      await registry.remove(body.id);
      throw err;
    }
  })
  .get("/tenants", async (c) => {
    const query = parseQuery(c, ListQuery);
    const tenants = await new TenantRegistry(c.env.DB).list(query.limit, query.after);
    return c.json({ tenants, next_after: tenants.length === query.limit ? (tenants.at(-1)?.id ?? null) : null });
  })
  .get("/tenants/:id", async (c) => {
    const tenant = await new TenantRegistry(c.env.DB).get(tenantParam(c.req.param("id")));
    if (!tenant) throw new ProblemError(404, "Not Found", "not-found", `No tenant ${c.req.param("id")}.`);
    return c.json(tenant);
  })
  .patch("/tenants/:id", async (c) => {
    const id = tenantParam(c.req.param("id"));
    const body = await readJson(c, UpdateTenantRequest);
    const registry = new TenantRegistry(c.env.DB);
    if (!(await registry.get(id))) throw new ProblemError(404, "Not Found", "not-found", `No tenant ${id}.`);
    const now = Date.now();
    // The DO is what enforces the status, so it changes first; the registry follows.
    const result = await c.env.TENANT.getByName(id).setStatus(body.status, now);
    if (result.ok) await registry.setStatus(id, body.status, now);
    return answer(c, result);
  })
  .post("/tenants/:id/keys", async (c) => {
    const id = tenantParam(c.req.param("id"));
    const body = await readJson(c, CreateKeyRequest);
    if (!(await new TenantRegistry(c.env.DB).get(id))) throw new ProblemError(404, "Not Found", "not-found", `No tenant ${id}.`);
    return answer(c, await c.env.TENANT.getByName(id).issueKeyAsOperator(body, Date.now()), 201);
  });
