import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import pkg from "../../package.json";
import type { AppEnv } from "./app-env";
import { dataPlaneRoutes } from "./data-plane-routes";
import { operatorRoutes } from "./operator-routes";
import { isOverloaded } from "../shared/retry";
import { ProblemError, problemResponse } from "./problem";
import { tenantAdminRoutes } from "./tenant-admin-routes";

/**
 * The stateless edge: authenticates by parsing the key, validates input, and hands each
 * request to the tenant's Durable Object over RPC. Every error leaves as problem JSON.
 */
export const app = new Hono<AppEnv>();

app.get("/health", (c) => c.json({ status: "ok", version: pkg.version }));
app.route("/v1", dataPlaneRoutes);
app.route("/v1/admin", tenantAdminRoutes);
app.route("/admin", operatorRoutes);

app.notFound((c) => problemResponse(new ProblemError(404, "Not Found", "not-found", `No route for ${c.req.method} ${c.req.path}.`), c.req.path));

app.onError((err, c) => {
  if (err instanceof ProblemError) return problemResponse(err, c.req.path);
  if (isOverloaded(err)) {
    // The tenant's Durable Object is over its capacity: ask the client to back off.
    return problemResponse(
      new ProblemError(503, "Service Unavailable", "overloaded", "The tenant is handling too many requests; retry shortly.", undefined, { "retry-after": "1" }),
      c.req.path,
    );
  }
  if (err instanceof HTTPException) {
    return problemResponse(new ProblemError(err.status, "Request failed", "http-error", err.message || "Request failed."), c.req.path);
  }
  // Unknown: log with context, answer a generic 500 (never a stack trace).
  console.error(JSON.stringify({ at: "edge", method: c.req.method, path: c.req.path, error: String(err), stack: err instanceof Error ? err.stack : undefined }));
  return problemResponse(new ProblemError(500, "Internal Server Error", "internal", "An unexpected error occurred."), c.req.path);
});
