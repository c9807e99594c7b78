import { z } from "zod";
import { Category, Direction, Verdict } from "./common";
import { CascadeReport } from "./inspect";

/** What the outbox keeps of one inspection: decisions and spans, never the prompt itself. */
export const ThreatEvent = z.object({
  id: z.string(),
  ts: z.number().int(),
  verdict: Verdict,
  risk_score: z.number().int(),
  direction: Direction,
  categories: z.array(Category),
  signature_ids: z.array(z.string()),
  signals: z.array(z.string()),
  key_id: z.string(),
  user_id: z.string().nullable(),
  latency_ms: z.number(),
  /** True when a detector could not give its answer (today: the cascade); older events lack it. */
  degraded: z.boolean().default(false),
  /** What the classifier cascade did, when the policy enabled it; `latency_ms` when it was called. */
  cascade: CascadeReport.extend({ latency_ms: z.number().optional() }).optional(),
});
export type ThreatEvent = z.infer<typeof ThreatEvent>;

export const EventsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Return events older than this event id (pagination backwards in time). */
  before: z.string().max(64).optional(),
  verdict: Verdict.optional(),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

export const EventsPage = z.object({
  events: z.array(ThreatEvent),
  next_before: z.string().nullable(),
});
export type EventsPage = z.infer<typeof EventsPage>;
