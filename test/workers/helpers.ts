import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { PolicyInput } from "../../src/shared/schemas/policy";
import type { CreatedTenant } from "../../src/shared/schemas/tenant";

export const ADMIN = { authorization: `Bearer ${env.ADMIN_TOKEN}` };

export interface CallOptions {
  key?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request through the real edge worker (Hono → DO RPC → SQLite). */
export function call(method: string, path: string, opts: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  return exports.default.fetch(new Request(`http://fw.test${path}`, { method, headers, body }));
}

let counter = 0;
/** A tenant id unique within the test file (storage is shared between a file's tests). */
export function uniqueTenantId(prefix = "t"): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface TestTenant {
  id: string;
  inspectKey: string;
  streamKey: string;
  adminKey: string;
}

/** Creates a tenant through the operator API and returns its first keys. */
export async function createTenant(policy?: PolicyInput, prefix?: string): Promise<TestTenant> {
  const id = uniqueTenantId(prefix);
  const res = await call("POST", "/admin/tenants", { headers: ADMIN, body: { id, ...(policy ? { policy } : {}) } });
  expect(res.status).toBe(201);
  const created = (await res.json()) as CreatedTenant;
  const keyFor = (scope: string) => {
    const key = created.keys.find((k) => k.scopes.includes(scope as never))?.key;
    if (!key) throw new Error(`no ${scope} key issued`);
    return key;
  };
  return { id, inspectKey: keyFor("inspect"), streamKey: keyFor("stream"), adminKey: keyFor("admin") };
}

/** Asserts an RFC 9457 problem answer and returns its body. */
export async function expectProblem(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as Record<string, unknown>;
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe("string");
  expect(typeof body.type).toBe("string");
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/); // never a stack trace
  return body;
}

export const PLAIN_QUESTION = { messages: [{ role: "user", content: "What is the boiling point of water at sea level?" }] };
