import { Hono } from "hono";
import { EventsQuery } from "../shared/schemas/events";
import { CreateKeyRequest } from "../shared/schemas/keys";
import { Policy } from "../shared/schemas/policy";
import { CustomSignatureInput } from "../shared/schemas/signature";
import type { AppEnv } from "./app-env";
import { withTenant } from "./credentials";
import { readJson } from "./json-body";
import { parseQuery } from "./query";
import { answer } from "./rpc-response";

/** `/v1/admin/*`: a tenant administers itself with an `admin`-scoped key. */
export const tenantAdminRoutes = new Hono<AppEnv>()
  .use(withTenant)
  .get("/keys", async (c) => answer(c, await c.var.tenant.listKeys(c.var.apiKey)))
  .post("/keys", async (c) => {
    const body = await readJson(c, CreateKeyRequest);
    return answer(c, await c.var.tenant.createKey(c.var.apiKey, body, Date.now()), 201);
  })
  .delete("/keys/:id", async (c) => answer(c, await c.var.tenant.revokeKey(c.var.apiKey, c.req.param("id"), Date.now())))
  .get("/policy", async (c) => answer(c, await c.var.tenant.getPolicy(c.var.apiKey)))
  .put("/policy", async (c) => {
    const body = await readJson(c, Policy);
    return answer(c, await c.var.tenant.putPolicy(c.var.apiKey, body, Date.now()));
  })
  .get("/signatures", async (c) => answer(c, await c.var.tenant.listSignatures(c.var.apiKey)))
  .post("/signatures", async (c) => {
    const body = await readJson(c, CustomSignatureInput);
    return answer(c, await c.var.tenant.createSignature(c.var.apiKey, body, Date.now()), 201);
  })
  .put("/signatures/:id", async (c) => {
    const body = await readJson(c, CustomSignatureInput);
    return answer(c, await c.var.tenant.replaceSignature(c.var.apiKey, c.req.param("id"), body, Date.now()));
  })
  .delete("/signatures/:id", async (c) => answer(c, await c.var.tenant.deleteSignature(c.var.apiKey, c.req.param("id"))))
  .get("/events", async (c) => answer(c, await c.var.tenant.events(c.var.apiKey, parseQuery(c, EventsQuery))));
