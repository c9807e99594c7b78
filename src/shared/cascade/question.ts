import type { Verdict } from "../schemas/common";
import type { Match, Message, Signal } from "../schemas/inspect";
import type { CascadeBand } from "../schemas/policy";
import { classifierText } from "./classifier-text";

/**
 * True when the engine's answer is one worth a second opinion: its risk lies inside the
 * policy's band. A block is never sent: the classifier could only confirm it, and a
 * signature's block is never lowered, so the call would buy nothing.
 */
export function isUncertain(engine: { verdict: Verdict; risk_score: number }, band: CascadeBand): boolean {
  return engine.verdict !== "block" && engine.risk_score >= band.min && engine.risk_score <= band.max;
}

/**
 * The text to ask the classifier about, or null when there is nothing to ask: the
 * engine is sure, or what it found is no attack (secrets, PII) so a classifier of
 * attacks has no opinion worth its latency.
 */
export function cascadeQuestion(
  engine: { verdict: Verdict; risk_score: number; matches: readonly Match[]; signals: readonly Signal[] },
  messages: readonly Message[],
  band: CascadeBand,
): string | null {
  return isUncertain(engine, band) ? classifierText(messages, engine.matches, engine.signals) : null;
}
