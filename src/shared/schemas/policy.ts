import { z } from "zod";
import { Category, CategoryAction, Verdict } from "./common";

/** One sliding-window limit: at most `limit` requests per `window_s` seconds. */
export const WindowLimit = z.strictObject({
  limit: z.number().int().min(1).max(1_000_000),
  window_s: z.number().int().min(1).max(86_400),
});
export type WindowLimit = z.infer<typeof WindowLimit>;

/** `null` switches a scope off. Users are keyed by `metadata.user_id`. */
export const RateLimitPolicy = z.strictObject({
  tenant: WindowLimit.nullable().default({ limit: 600, window_s: 60 }),
  key: WindowLimit.nullable().default({ limit: 300, window_s: 60 }),
  user: WindowLimit.nullable().default({ limit: 60, window_s: 60 }),
});
export type RateLimitPolicy = z.infer<typeof RateLimitPolicy>;

export const CategoryRule = z.strictObject({
  action: CategoryAction,
  /** Risk (0-100) at or above which the action applies to this category; overrides the global threshold. */
  threshold: z.number().int().min(0).max(100).optional(),
});
export type CategoryRule = z.infer<typeof CategoryRule>;

const Host = z
  .string()
  .min(1)
  .max(253)
  .regex(/^(\*\.)?[a-z0-9.-]+$/i, "a host name, optionally prefixed with *.");

/** A Workers AI model id, e.g. `@cf/meta/llama-guard-3-8b`. */
const WorkersAiModel = z
  .string()
  .max(128)
  .regex(/^@(cf|hf)\/[a-z0-9._-]+\/[a-z0-9._-]+$/i, "a Workers AI model id such as @cf/meta/llama-guard-3-8b");

/** Risk scores (inclusive) the engine is unsure about; only these pay for a classifier call. */
export const CascadeBand = z.strictObject({
  min: z.number().int().min(0).max(100).default(25),
  max: z.number().int().min(0).max(100).default(69),
});
export type CascadeBand = z.infer<typeof CascadeBand>;

/**
 * The optional second opinion (src/shared/cascade): uncertain cases go to a Workers AI
 * classifier bound as `AI`. Off by default. The default model is Llama Guard 3, the
 * guard classifier Workers AI hosts; it judges harm more than injection, hence
 * `trust_benign` defaults to false: its "safe" does not clear the engine's flags.
 */
export const CascadePolicy = z.strictObject({
  enabled: z.boolean().default(false),
  model: WorkersAiModel.default("@cf/meta/llama-guard-3-8b"),
  band: CascadeBand.default(CascadeBand.parse({})),
  /** The classifier's answer is awaited this long at most; then `on_error` applies. */
  timeout_ms: z.number().int().min(50).max(5000).default(300),
  /**
   * The least verdict an uncertain case gets when the classifier is unavailable, fails,
   * times out or answers nonsense: `allow` is fail-open (the engine's verdict stands),
   * `block` is fail-closed.
   */
  on_error: Verdict.default("allow"),
  /** When true, a benign answer clears a flag that only the learned model raised (never a signature's). */
  trust_benign: z.boolean().default(false),
});
export type CascadePolicy = z.infer<typeof CascadePolicy>;

/** Everything the detection engine needs from policy; pure data, compiled by src/shared/detect. */
export const DetectionPolicy = z.strictObject({
  /** Risk at or above which a verdict is at least `flag`. */
  flag_threshold: z.number().int().min(0).max(100).default(40),
  /** Risk at or above which a verdict is `block` (when the category's action allows blocking). */
  block_threshold: z.number().int().min(0).max(100).default(70),
  /** Per-category action and threshold; categories not listed use the defaults of the engine. */
  categories: z.partialRecord(Category, CategoryRule).default({}),
  /** Built-in signature ids switched off for this tenant. */
  disabled_signatures: z.array(z.string().max(64)).max(500).default([]),
  /** Secret strings planted in system prompts; their appearance in output means a leak. */
  canary_tokens: z.array(z.string().min(8).max(128)).max(50).default([]),
  /** Hosts that markdown links and images may point to without counting as exfiltration. */
  url_allowlist: z.array(Host).max(200).default([]),
  /** Return `redacted` messages with secrets and PII masked when a redact action fires. */
  redact: z.boolean().default(true),
  /**
   * The learned scorer: `off`; `flag` (default) lets it flag on its own but block only
   * together with a signature; `block` lets it block on its own at its block point.
   */
  model: z.enum(["off", "flag", "block"]).default("flag"),
  /** The Workers AI cascade for uncertain cases; see CascadePolicy. */
  cascade: CascadePolicy.default(CascadePolicy.parse({})),
});
export type DetectionPolicy = z.infer<typeof DetectionPolicy>;

export const Policy = z.strictObject({
  rate_limits: RateLimitPolicy.default(RateLimitPolicy.parse({})),
  detection: DetectionPolicy.default(DetectionPolicy.parse({})),
});
export type Policy = z.infer<typeof Policy>;
export type PolicyInput = z.input<typeof Policy>;

export const DEFAULT_POLICY: Policy = Policy.parse({});
