import type { Context, Next } from "hono";
import type { AppEnv } from "./app-env";
import { parseApiKey } from "../shared/api-key";
import { ProblemError } from "./problem";
import { tenantRpc } from "./tenant-rpc";

export interface TenantCredential {
  tenantId: string;
  /** The whole presented key; only the tenant's Durable Object can check its secret. */
  key: string;
}

/**
 * Takes the API key from `Authorization: Bearer` or `X-API-Key` and parses it. A
 * malformed key is refused here with 401, without waking any Durable Object.
 */
export function tenantCredential(c: Context): TenantCredential {
  const auth = c.req.header("authorization");
  const presented = auth?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? c.req.header("x-api-key")?.trim();
  if (!presented) throw unauthorized("Send an API key as `Authorization: Bearer <key>` or `X-API-Key`.");
  const parsed = parseApiKey(presented);
  if (!parsed) throw unauthorized("The API key is malformed.");
  return { tenantId: parsed.tenantId, key: presented };
}

function unauthorized(detail: string): ProblemError {
  return new ProblemError(401, "Unauthorized", "unauthorized", detail, undefined, { "www-authenticate": 'Bearer realm="llm-fw"' });
}

/**
 * Middleware for tenant routes: parses the key and binds the tenant's DO stub, so each
 * handler is one RPC call. The DO checks the secret and the scope.
 */
export async function withTenant(c: Context<AppEnv>, next: Next): Promise<void> {
  const credential = tenantCredential(c);
  c.set("tenant", tenantRpc(c.env.TENANT, credential.tenantId));
  c.set("apiKey", credential.key);
  await next();
}
