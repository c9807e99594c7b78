import type { Context, Next } from "hono";
import { ProblemError } from "./problem";

const encoder = new TextEncoder();

/**
 * Guards the operator API with ADMIN_TOKEN. Fails closed when the secret is unset or
 * empty (otherwise `Bearer undefined` would authenticate), and compares with
 * crypto.subtle.timingSafeEqual on equal-length digests so timing reveals nothing.
 */
export async function requireAdminToken(c: Context<{ Bindings: Env }>, next: Next): Promise<void> {
  const secret = c.env.ADMIN_TOKEN;
  if (!secret) {
    throw new ProblemError(503, "Service Unavailable", "not-configured", "The operator API is not configured (ADMIN_TOKEN is unset).");
  }
  const presented = c.req.header("authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? "";
  const [got, want] = await Promise.all([digest(presented), digest(secret)]);
  if (!crypto.subtle.timingSafeEqual(got, want)) {
    throw new ProblemError(401, "Unauthorized", "unauthorized", "A valid operator token is required.", undefined, {
      "www-authenticate": 'Bearer realm="llm-fw-admin"',
    });
  }
  await next();
}

async function digest(value: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", encoder.encode(value));
}
