import type { Engine } from "../shared/detect/contract";
import type { ThreatEvent } from "../shared/schemas/events";
import type { InspectRequest, InspectResponse } from "../shared/schemas/inspect";
import { ulid } from "../shared/ulid";

export interface InspectionContext {
  keyId: string;
  now: number;
  /** A monotonic millisecond clock for measuring detection time. */
  clock: () => number;
}

export interface Inspection {
  response: InspectResponse;
  event: ThreatEvent;
}

/**
 * Runs the engine over one request and shapes the answer and the outbox event. The
 * event keeps decisions, signature ids and spans, never the prompt text.
 */
export function inspectRequest(engine: Engine, request: InspectRequest, ctx: InspectionContext): Inspection {
  const started = ctx.clock();
  const result = engine.inspect({ messages: request.messages, direction: request.direction });
  const detectMs = round(ctx.clock() - started);
  const id = `insp_${ulid(ctx.now)}`;
  const response: InspectResponse = {
    id,
    verdict: result.verdict,
    risk_score: result.risk_score,
    categories: result.categories,
    matches: result.matches,
    signals: result.signals,
    ...(result.redacted ? { redacted: result.redacted } : {}),
    degraded: false,
    reasons: result.reasons,
    latency_ms: { total: detectMs, detect: detectMs },
  };
  const event: ThreatEvent = {
    id,
    ts: ctx.now,
    verdict: result.verdict,
    risk_score: result.risk_score,
    direction: request.direction,
    categories: result.categories,
    signature_ids: [...new Set(result.matches.map((m) => m.signature_id))],
    signals: [...new Set(result.signals.map((s) => s.type))],
    key_id: ctx.keyId,
    user_id: request.metadata?.user_id ?? null,
    latency_ms: detectMs,
  };
  return { response, event };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
