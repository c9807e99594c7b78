import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { RateLimitInfo, RpcResult } from "../objects/rpc-result";
import { ProblemError } from "./problem";

/**
 * Rate-limit headers in the draft-ietf-httpapi-ratelimit-headers form DESIGN §4 names,
 * plus Retry-After (RFC 9110 §10.2.3) on a refusal.
 */
export function rateLimitHeaders(info: RateLimitInfo | undefined): Record<string, string> {
  if (!info) return {};
  const headers: Record<string, string> = {
    "ratelimit-limit": String(info.limit),
    "ratelimit-remaining": String(info.remaining),
    "ratelimit-reset": String(info.resetS),
  };
  if (info.retryAfterS !== undefined) headers["retry-after"] = String(info.retryAfterS);
  return headers;
}

/** Answers a Durable Object result: its value as JSON, or its problem as RFC 9457. */
export function answer<T>(c: Context, result: RpcResult<T>, status: ContentfulStatusCode = 200): Response {
  const headers = rateLimitHeaders(result.rateLimit);
  if (!result.ok) throw ProblemError.of(result.problem, headers);
  return c.json(result.value as object, status, headers);
}
