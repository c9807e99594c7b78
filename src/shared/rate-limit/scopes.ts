import type { RateLimitPolicy } from "../schemas/policy";
import type { ScopedRule } from "./limiter";

/**
 * The counters one inspection is checked against: the tenant, the API key, and the end
 * user named in `metadata.user_id` (only when given). A scope set to null is off.
 */
export function inspectionScopes(limits: RateLimitPolicy, keyId: string, userId: string | null): ScopedRule[] {
  const scopes: ScopedRule[] = [];
  if (limits.tenant) scopes.push({ key: "tenant", rule: toRule(limits.tenant) });
  if (limits.key) scopes.push({ key: `key:${keyId}`, rule: toRule(limits.key) });
  if (limits.user && userId !== null) scopes.push({ key: `user:${userId}`, rule: toRule(limits.user) });
  return scopes;
}

function toRule(limit: { limit: number; window_s: number }) {
  return { limit: limit.limit, windowMs: limit.window_s * 1000 };
}
