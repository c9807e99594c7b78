import { z } from "zod";
import { Category, Direction, Severity, Verdict } from "./common";

/** Caps applied before any detection work; the edge also caps the raw body at 1 MiB. */
export const INSPECT_LIMITS = {
  maxMessages: 256,
  maxParts: 64,
  maxTextChars: 512 * 1024,
  maxMetadataEntries: 16,
  maxMetadataValueChars: 256,
} as const;

export const Role = z.enum(["system", "developer", "user", "assistant", "tool"]);
export type Role = z.infer<typeof Role>;

export const TextPart = z.strictObject({
  type: z.literal("text"),
  text: z.string().max(INSPECT_LIMITS.maxTextChars),
});

/**
 * Content the application hands to the model as data, not as the user's words: a retrieved
 * page, an e-mail, a file, a search result. The engine reads a message as untrusted content
 * from its first document part on, as it reads a `tool` message: orders addressed to an AI
 * in it are injections, and what it plants weighs more (DESIGN: documents are untrusted).
 */
export const DocumentPart = z.strictObject({
  type: z.literal("document"),
  text: z.string().max(INSPECT_LIMITS.maxTextChars),
});

export const ContentPart = z.discriminatedUnion("type", [TextPart, DocumentPart]);
export type ContentPart = z.infer<typeof ContentPart>;

export const MessageContent = z.union([
  z.string().max(INSPECT_LIMITS.maxTextChars),
  z.array(ContentPart).min(1).max(INSPECT_LIMITS.maxParts),
]);

export const Message = z.strictObject({
  role: Role,
  content: MessageContent,
  name: z.string().min(1).max(64).optional(),
});
export type Message = z.infer<typeof Message>;

const MetadataValue = z.string().max(INSPECT_LIMITS.maxMetadataValueChars);

export const InspectMetadata = z
  .record(z.string().min(1).max(64), MetadataValue)
  .refine((m) => Object.keys(m).length <= INSPECT_LIMITS.maxMetadataEntries, {
    message: `at most ${INSPECT_LIMITS.maxMetadataEntries} metadata entries`,
  });
export type InspectMetadata = z.infer<typeof InspectMetadata>;

export const InspectRequest = z.strictObject({
  messages: z.array(Message).min(1).max(INSPECT_LIMITS.maxMessages),
  direction: Direction.default("input"),
  metadata: InspectMetadata.optional(),
});
export type InspectRequest = z.infer<typeof InspectRequest>;

/** One signature hit; `start`/`end` are UTF-16 offsets into the raw text of `message_index`. */
export const Match = z.object({
  signature_id: z.string(),
  version: z.number().int().positive(),
  category: Category,
  severity: Severity,
  message_index: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  excerpt: z.string(),
  /** The normalized view the pattern matched in (raw, nfkc, skeleton, leet, decoded:base64 …). */
  view: z.string(),
  /** Shadow matches are reported but never change the verdict. */
  mode: z.enum(["enforce", "shadow"]),
});
export type Match = z.infer<typeof Match>;

/** An evasion or structure signal: something suspicious about how the text is built. */
export const Signal = z.object({
  type: z.string(),
  message_index: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  detail: z.string().optional(),
});
export type Signal = z.infer<typeof Signal>;

/**
 * What the classifier cascade did: `skipped` (the engine was sure), `unavailable` (no
 * `AI` binding), `timeout`, `error` (it threw or answered nonsense), `attack`, `benign`.
 */
export const CascadeOutcome = z.enum(["skipped", "unavailable", "timeout", "error", "attack", "benign"]);
export type CascadeOutcome = z.infer<typeof CascadeOutcome>;

/** Present whenever the tenant's policy enables the cascade. */
export const CascadeReport = z.object({
  model: z.string(),
  /** True when the classifier was actually called (whatever came of it). */
  called: z.boolean(),
  outcome: CascadeOutcome,
  /** The classifier's probability that the text is an attack, when its answer carries one. */
  score: z.number().min(0).max(1).optional(),
  /** The engine's own verdict, before the cascade had its say. */
  engine_verdict: Verdict,
  /** Set when the classifier gave no usable answer and policy `on_error` decided instead. */
  on_error: Verdict.optional(),
});
export type CascadeReport = z.infer<typeof CascadeReport>;

export const InspectResponse = z.object({
  id: z.string(),
  verdict: Verdict,
  risk_score: z.number().int().min(0).max(100),
  categories: z.array(Category),
  matches: z.array(Match),
  signals: z.array(Signal),
  redacted: z.array(Message).optional(),
  degraded: z.boolean(),
  reasons: z.array(z.string()).optional(),
  cascade: CascadeReport.optional(),
  /** `cascade`: time spent waiting for the classifier, present when it was called. */
  latency_ms: z.object({ total: z.number(), detect: z.number(), cascade: z.number().optional() }),
});
export type InspectResponse = z.infer<typeof InspectResponse>;
