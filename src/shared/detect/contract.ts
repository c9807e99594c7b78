/**
 * The seam between the detection engine and everything that calls it (the tenant DO,
 * the eval and bench harnesses, the learned scorer). Pure types: no Workers imports.
 */
import type { Category, Direction, Verdict } from "../schemas/common";
import type { Match, Message, Signal } from "../schemas/inspect";
import type { DetectionPolicy } from "../schemas/policy";
import type { CustomSignature } from "../schemas/signature";

export interface EngineInput {
  messages: Message[];
  direction: Direction;
}

/** What the engine decided and why; the DO adds id, latency and `degraded`. */
export interface EngineResult {
  verdict: Verdict;
  risk_score: number;
  categories: Category[];
  matches: Match[];
  signals: Signal[];
  /** Present when a redact action fired: the messages, same shape, with secrets/PII masked. */
  redacted?: Message[];
  reasons: string[];
}

/**
 * A learned or external scorer plugged into the engine: the probability (0..1) that a
 * text is an attack, with the window of the text that scored highest.
 */
export interface Scorer {
  readonly id: string;
  readonly version: number;
  /** Category the probability is evidence for (default "prompt_injection"). Additive, optional. */
  readonly category?: Category;
  score(text: string, context: ScoreContext): ScorerResult;
}

/** What the engine tells a scorer about the message it scores. */
export interface ScoreContext {
  role: Message["role"];
  direction: Direction;
}
export interface ScorerResult {
  probability: number;
  start: number;
  end: number;
}

export interface EngineConfig {
  detection: DetectionPolicy;
  customSignatures: CustomSignature[];
  scorers?: Scorer[];
}

export interface Engine {
  inspect(input: EngineInput): EngineResult;
}

/** Outcome of vetting a tenant regex before it is stored (422 when not ok). */
export type PatternCheck = { ok: true } | { ok: false; reason: string };
