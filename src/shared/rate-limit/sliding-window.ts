/**
 * Sliding-window rate limiting over two fixed buckets (the estimate Cloudflare and
 * upstash use): the previous bucket's count is weighted by how much of it still lies
 * inside the trailing window. All arithmetic is in integer milliseconds, so every
 * decision is exact and reproducible: no floating-point drift at the boundary.
 */

/** What the store keeps per counter: the bucket it counts and the one before it. */
export interface WindowState {
  /** floor(now / windowMs) of the bucket `current` counts. */
  bucket: number;
  current: number;
  previous: number;
  windowMs: number;
}

export interface WindowRule {
  limit: number;
  windowMs: number;
}

export interface WindowDecision {
  allowed: boolean;
  limit: number;
  /** Requests still allowed right now, after this one if it was allowed. */
  remaining: number;
  /** Milliseconds until the next request would be allowed (0 when allowed now). */
  retryAfterMs: number;
  /** Milliseconds until the estimate decays to zero, i.e. the full quota is back. */
  resetMs: number;
}

/** The counts as they stand at `now`, rolling the buckets forward when time has passed. */
export function rollForward(state: WindowState | null, rule: WindowRule, now: number): WindowState {
  const bucket = Math.floor(now / rule.windowMs);
  if (!state || state.windowMs !== rule.windowMs || state.bucket < bucket - 1) {
    return { bucket, current: 0, previous: 0, windowMs: rule.windowMs };
  }
  if (state.bucket === bucket - 1) return { bucket, current: 0, previous: state.current, windowMs: rule.windowMs };
  return state;
}

/**
 * Weighted count scaled by windowMs: previous·(windowMs − elapsed) + current·windowMs.
 * Comparing scaled integers avoids dividing, so `limit` is reached exactly.
 */
function scaledCount(state: WindowState, now: number): number {
  const elapsed = now - state.bucket * state.windowMs;
  return state.previous * (state.windowMs - elapsed) + state.current * state.windowMs;
}

/** Decides one request at `now` without recording it. */
export function decide(state: WindowState, rule: WindowRule, now: number): WindowDecision {
  const W = rule.windowMs;
  const used = scaledCount(state, now);
  const allowed = used + W <= rule.limit * W;
  const after = allowed ? used + W : used;
  return {
    allowed,
    limit: rule.limit,
    remaining: Math.max(0, Math.floor((rule.limit * W - after) / W)),
    retryAfterMs: allowed ? 0 : waitUntilAllowed(state, rule, now),
    resetMs: resetAfter(allowed ? { ...state, current: state.current + 1 } : state, now),
  };
}

/** Records an allowed request. */
export function record(state: WindowState): WindowState {
  return { ...state, current: state.current + 1 };
}

/**
 * Earliest wait after which one more request fits. Within the current bucket the
 * previous bucket's weight decays linearly; if the current bucket alone is full, the
 * request has to wait for the next bucket, where today's count becomes the previous one.
 */
function waitUntilAllowed(state: WindowState, rule: WindowRule, now: number): number {
  const W = rule.windowMs;
  const bucketStart = state.bucket * W;
  const elapsed = now - bucketStart;
  const room = (rule.limit - state.current - 1) * W;
  if (room >= 0 && state.previous > 0) {
    // Need previous·(W − e) ≤ room  ⇔  e ≥ W − room / previous.
    const needElapsed = W - Math.floor(room / state.previous);
    if (needElapsed < W) return Math.max(1, needElapsed - elapsed);
  }
  // Next bucket: need current·(W − e) ≤ (limit − 1)·W  ⇔  e ≥ W − (limit − 1)·W / current.
  const nextStart = bucketStart + W;
  const needNext = state.current === 0 ? 0 : Math.max(0, W - Math.floor(((rule.limit - 1) * W) / state.current));
  return nextStart + needNext - now;
}

function resetAfter(state: WindowState, now: number): number {
  const W = state.windowMs;
  const bucketEnd = (state.bucket + 1) * W;
  if (state.current > 0) return bucketEnd + W - now;
  if (state.previous > 0) return bucketEnd - now;
  return 0;
}
