import { z } from "zod";

/** Tenant ids are lowercase slugs; the edge takes them only from a parsed API key. */
export const TenantId = z.string().regex(/^[a-z0-9-]{3,40}$/, "tenant id must match [a-z0-9-]{3,40}");
export type TenantId = z.infer<typeof TenantId>;

/** Threat categories shared by built-in and custom signatures, verdicts and stats. */
export const Category = z.enum([
  "prompt_injection",
  "jailbreak",
  "system_prompt_extraction",
  "data_exfiltration",
  "secret",
  "pii",
  "canary_leak",
  "tool_abuse",
  "evasion",
  "custom",
]);
export type Category = z.infer<typeof Category>;

export const Severity = z.enum(["low", "medium", "high", "critical"]);
export type Severity = z.infer<typeof Severity>;

export const Verdict = z.enum(["allow", "flag", "block"]);
export type Verdict = z.infer<typeof Verdict>;

/** What a policy does with a category once its threshold is crossed. */
export const CategoryAction = z.enum(["allow", "flag", "block", "redact"]);
export type CategoryAction = z.infer<typeof CategoryAction>;

export const Direction = z.enum(["input", "output"]);
export type Direction = z.infer<typeof Direction>;
