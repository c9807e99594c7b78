import type { FieldError } from "../shared/field-errors";
import type { ProblemKind, RpcProblem } from "../objects/rpc-result";

const PROBLEM_BASE = "https://llm-fw.dev/problems/";

const KINDS: Record<ProblemKind, { status: number; title: string }> = {
  unauthorized: { status: 401, title: "Unauthorized" },
  forbidden: { status: 403, title: "Forbidden" },
  not_found: { status: 404, title: "Not Found" },
  conflict: { status: 409, title: "Conflict" },
  invalid_request: { status: 400, title: "Invalid request" },
  unprocessable: { status: 422, title: "Unprocessable content" },
  rate_limited: { status: 429, title: "Too Many Requests" },
};

/**
 * An error answered as RFC 9457 problem details. Handlers throw it; the app's one
 * error handler turns it into `application/problem+json`.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly slug: string,
    detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "ProblemError";
  }

  static of(problem: RpcProblem, headers: Record<string, string> = {}): ProblemError {
    const { status, title } = KINDS[problem.kind];
    return new ProblemError(status, title, problem.kind.replace(/_/g, "-"), problem.detail, problem.errors, headers);
  }
}

export function problemResponse(err: ProblemError, instance: string): Response {
  const body = {
    type: `${PROBLEM_BASE}${err.slug}`,
    title: err.title,
    status: err.status,
    detail: err.message,
    instance,
    ...(err.errors ? { errors: err.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: err.status,
    headers: { "content-type": "application/problem+json", ...err.headers },
  });
}
