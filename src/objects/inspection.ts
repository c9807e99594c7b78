import { decideWithCascade, type CascadeDecision } from "../shared/cascade/merge";
import { cascadeQuestion } from "../shared/cascade/question";
import type { Engine, EngineResult } from "../shared/detect/contract";
import type { ThreatEvent } from "../shared/schemas/events";
import type { InspectRequest, InspectResponse, Message } from "../shared/schemas/inspect";
import type { CascadePolicy } from "../shared/schemas/policy";
import { ulid } from "../shared/ulid";
import { askClassifier, type ClassifierBinding } from "./classifier";

export interface InspectionContext {
  keyId: string;
  now: number;
  /** A monotonic millisecond clock for measuring detection time. */
  clock: () => number;
  /** The tenant's cascade policy, and the `AI` binding when one is configured. */
  cascade: CascadePolicy;
  classifier: ClassifierBinding | null;
}

export interface Inspection {
  response: InspectResponse;
  event: ThreatEvent;
}

/**
 * Runs the engine over one request, then (when the policy enables it) the classifier
 * cascade on an uncertain answer, and shapes the answer and the outbox event. The event
 * keeps decisions, signature ids and spans, never the prompt text.
 */
export async function inspectRequest(engine: Engine, request: InspectRequest, ctx: InspectionContext): Promise<Inspection> {
  const started = ctx.clock();
  const result = engine.inspect({ messages: request.messages, direction: request.direction });
  const detectMs = round(ctx.clock() - started);
  const cascade = ctx.cascade.enabled ? await consultCascade(result, request.messages, ctx) : null;
  const verdict = cascade?.verdict ?? result.verdict;
  const degraded = cascade?.degraded ?? false;
  const cascadeMs = cascade?.latencyMs;
  const id = `insp_${ulid(ctx.now)}`;
  const response: InspectResponse = {
    id,
    verdict,
    risk_score: result.risk_score,
    categories: result.categories,
    matches: result.matches,
    signals: result.signals,
    ...(result.redacted ? { redacted: result.redacted } : {}),
    degraded,
    reasons: [...result.reasons, ...(cascade?.reasons ?? [])],
    ...(cascade ? { cascade: cascade.report } : {}),
    latency_ms: {
      total: detectMs + (cascadeMs ?? 0),
      detect: detectMs,
      ...(cascadeMs === undefined ? {} : { cascade: cascadeMs }),
    },
  };
  const event: ThreatEvent = {
    id,
    ts: ctx.now,
    verdict,
    risk_score: result.risk_score,
    direction: request.direction,
    categories: result.categories,
    signature_ids: [...new Set(result.matches.map((m) => m.signature_id))],
    signals: [...new Set(result.signals.map((s) => s.type))],
    key_id: ctx.keyId,
    user_id: request.metadata?.user_id ?? null,
    latency_ms: detectMs,
    degraded,
    ...(cascade ? { cascade: { ...cascade.report, ...(cascadeMs === undefined ? {} : { latency_ms: cascadeMs }) } } : {}),
  };
  return { response, event };
}

/** Only uncertain answers with attack evidence pay for the classifier call. */
async function consultCascade(result: EngineResult, messages: Message[], ctx: InspectionContext): Promise<CascadeDecision> {
  const question = cascadeQuestion(result, messages, ctx.cascade.band);
  const run =
    question === null
      ? ({ outcome: "skipped" } as const)
      : await askClassifier(ctx.classifier, ctx.cascade.model, question, ctx.cascade.timeout_ms, ctx.clock);
  return decideWithCascade(result, run, ctx.cascade);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
