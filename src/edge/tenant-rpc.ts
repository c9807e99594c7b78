import { withRetry } from "../shared/retry";
import type { TenantStub } from "./app-env";

/**
 * The tenant's Durable Object, with every RPC call retried when the runtime marks the
 * failure retryable. Each attempt takes a fresh stub: Cloudflare's guidance is that a
 * stub may stay broken after such an error.
 */
export function tenantRpc(namespace: Env["TENANT"], tenantId: string): TenantStub {
  const first = namespace.getByName(tenantId);
  return new Proxy(first, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== "function" || typeof property !== "string") return value;
      return (...args: unknown[]) =>
        withRetry(() => {
          const stub = namespace.getByName(tenantId) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
          return stub[property](...args);
        });
    },
  });
}
