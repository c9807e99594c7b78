import { Hono } from "hono";
import { InspectRequest } from "../shared/schemas/inspect";
import type { AppEnv } from "./app-env";
import { withTenant } from "./credentials";
import { readJson } from "./json-body";
import { answer } from "./rpc-response";

/** `/v1/inspect` and `/v1/stats`: the data plane, served by the caller's tenant DO. */
export const dataPlaneRoutes = new Hono<AppEnv>()
  .post("/inspect", withTenant, async (c) => {
    const started = Date.now();
    const body = await readJson(c, InspectRequest);
    const result = await c.var.tenant.inspect(c.var.apiKey, body, started);
    // Edge-side total: inside the DO, Workers clocks do not advance during pure CPU work.
    if (result.ok) result.value.latency_ms.total = Math.max(Date.now() - started, result.value.latency_ms.detect);
    return answer(c, result);
  })
  .get("/stats", withTenant, async (c) => answer(c, await c.var.tenant.stats(c.var.apiKey, Date.now())));
