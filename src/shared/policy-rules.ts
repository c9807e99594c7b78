import type { FieldError } from "./field-errors";
import type { Policy } from "./schemas/policy";

/**
 * Rules a policy must satisfy beyond its shape (answered with 422, not 400): the shape
 * can be right while the combination makes no sense.
 */
export function policyProblems(policy: Policy): FieldError[] {
  const problems: FieldError[] = [];
  const { flag_threshold, block_threshold } = policy.detection;
  if (block_threshold < flag_threshold) {
    problems.push({ path: "detection.block_threshold", message: "must be at least detection.flag_threshold" });
  }
  const { band } = policy.detection.cascade;
  if (band.min > band.max) {
    problems.push({ path: "detection.cascade.band", message: "min must not exceed max" });
  }
  for (const scope of ["tenant", "key", "user"] as const) {
    const rule = policy.rate_limits[scope];
    if (rule && rule.limit / rule.window_s > 100_000) {
      problems.push({ path: `rate_limits.${scope}`, message: "more than 100000 requests per second is not a limit" });
    }
  }
  return problems;
}
