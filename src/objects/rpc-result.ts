/**
 * What the tenant Durable Object's RPC methods return. Expected outcomes (bad key, over
 * the limit, not found) are values, not exceptions: errors thrown across RPC surface as
 * unhandled rejections in workerd, and the edge must map each outcome to a status.
 */
export interface RateLimitInfo {
  limit: number;
  remaining: number;
  /** Seconds until the full quota is back. */
  resetS: number;
  /** Seconds to wait before retrying; set only when the request was refused. */
  retryAfterS?: number;
}

export type ProblemKind =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid_request"
  | "unprocessable"
  | "rate_limited";

export interface RpcProblem {
  kind: ProblemKind;
  detail: string;
  errors?: { path: string; message: string }[];
}

export type RpcResult<T> =
  | { ok: true; value: T; rateLimit?: RateLimitInfo }
  | { ok: false; problem: RpcProblem; rateLimit?: RateLimitInfo };

export function ok<T>(value: T, rateLimit?: RateLimitInfo): RpcResult<T> {
  return rateLimit ? { ok: true, value, rateLimit } : { ok: true, value };
}

export function fail<T = never>(kind: ProblemKind, detail: string, extra: Omit<RpcProblem, "kind" | "detail"> = {}): RpcResult<T> {
  return { ok: false, problem: { kind, detail, ...extra } };
}
