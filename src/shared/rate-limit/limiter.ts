import { type WindowDecision, type WindowRule, decide, record, rollForward } from "./sliding-window";
import type { WindowStore } from "./window-store";

/** One counter to check, e.g. `{ key: "user:alice", rule: { limit: 60, windowMs: 60_000 } }`. */
export interface ScopedRule {
  key: string;
  rule: WindowRule;
}

export interface LimitDecision {
  allowed: boolean;
  /** The scope that decided: the one that denied, or the one with the least room left. */
  scope: string | null;
  decision: WindowDecision | null;
}

/**
 * Checks every scope and records the request in all of them only when all allow it:
 * a request refused by the per-user limit does not use up the tenant's quota.
 */
export function hitAll(store: WindowStore, scopes: ScopedRule[], now: number): LimitDecision {
  const checked = scopes.map(({ key, rule }) => {
    const state = rollForward(store.get(key), rule, now);
    return { key, rule, state, decision: decide(state, rule, now) };
  });
  const denied = checked.filter((c) => !c.decision.allowed);
  if (denied.length > 0) {
    const longest = denied.reduce((a, b) => (b.decision.retryAfterMs > a.decision.retryAfterMs ? b : a));
    return { allowed: false, scope: longest.key, decision: longest.decision };
  }
  for (const c of checked) {
    const expiresAt = (c.state.bucket + 2) * c.rule.windowMs;
    store.put(c.key, record(c.state), expiresAt);
  }
  if (checked.length === 0) return { allowed: true, scope: null, decision: null };
  const tightest = checked.reduce((a, b) => (b.decision.remaining < a.decision.remaining ? b : a));
  return { allowed: true, scope: tightest.key, decision: tightest.decision };
}
