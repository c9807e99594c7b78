import type { LimitDecision } from "../shared/rate-limit/limiter";
import type { RateLimitInfo } from "./rpc-result";

/** Header values for a limiter decision; undefined when no limit applies. */
export function toRateLimitInfo(limit: LimitDecision): RateLimitInfo | undefined {
  const d = limit.decision;
  if (!d) return undefined;
  const info: RateLimitInfo = { limit: d.limit, remaining: d.remaining, resetS: Math.ceil(d.resetMs / 1000) };
  if (!d.allowed) info.retryAfterS = Math.max(1, Math.ceil(d.retryAfterMs / 1000));
  return info;
}
