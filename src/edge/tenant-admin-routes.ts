import { Hono } from "hono";
import { EventsQuery } from "../shared/schemas/events";
import { CreateKeyRequest } from "../shared/schemas/keys";
import { Policy } from "../shared/schemas/policy";
import { CustomSignatureInput } from "../shared/schemas/signature";
import type { AppEnv } from "./app-env";
import { tenantCredential } from "./credentials";
import { readJson } from "./json-body";
import { parseQuery } from "./query";
import { answer } from "./rpc-response";

/** `/v1/admin/*`: a tenant administers itself with an `admin`-scoped key. */
export const tenantAdminRoutes = new Hono<AppEnv>()
  .get("/keys", async (c) => {
    const cred = tenantCredential(c);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).listKeys(cred.key));
  })
  .post("/keys", async (c) => {
    const cred = tenantCredential(c);
    const body = await readJson(c, CreateKeyRequest);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).createKey(cred.key, body, Date.now()), 201);
  })
  .delete("/keys/:id", async (c) => {
    const cred = tenantCredential(c);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).revokeKey(cred.key, c.req.param("id"), Date.now()));
  })
  .get("/policy", async (c) => {
    const cred = tenantCredential(c);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).getPolicy(cred.key));
  })
  .put("/policy", async (c) => {
    const cred = tenantCredential(c);
    const body = await readJson(c, Policy);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).putPolicy(cred.key, body, Date.now()));
  })
  .get("/signatures", async (c) => {
    const cred = tenantCredential(c);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).listSignatures(cred.key));
  })
  .post("/signatures", async (c) => {
    const cred = tenantCredential(c);
    const body = await readJson(c, CustomSignatureInput);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).createSignature(cred.key, body, Date.now()), 201);
  })
  .put("/signatures/:id", async (c) => {
    const cred = tenantCredential(c);
    const body = await readJson(c, CustomSignatureInput);
    const stub = c.env.TENANT.getByName(cred.tenantId);
    return answer(c, await stub.replaceSignature(cred.key, c.req.param("id"), body, Date.now()));
  })
  .delete("/signatures/:id", async (c) => {
    const cred = tenantCredential(c);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).deleteSignature(cred.key, c.req.param("id")));
  })
  .get("/events", async (c) => {
    const cred = tenantCredential(c);
    const query = parseQuery(c, EventsQuery);
    return answer(c, await c.env.TENANT.getByName(cred.tenantId).events(cred.key, query));
  });
