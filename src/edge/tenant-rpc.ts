import { withRetry } from "../shared/retry";
import type { TenantStub } from "./app-env";

type Callable = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * The tenant's Durable Object, with every RPC call retried when the runtime marks the
 * failure retryable. The first attempt uses the stub at hand; a retry takes a fresh one,
 * as Cloudflare's guidance is that a stub may stay broken after such an error.
 */
export function tenantRpc(namespace: Env["TENANT"], tenantId: string): TenantStub {
  const first = namespace.getByName(tenantId);
  return new Proxy(first, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== "function" || typeof property !== "string") return value;
      return (...args: unknown[]) => {
        let stub = target as unknown as Callable;
        return withRetry(async () => {
          try {
            return await stub[property](...args);
          } catch (err) {
            stub = namespace.getByName(tenantId) as unknown as Callable;
            throw err;
          }
        });
      };
    },
  });
}
