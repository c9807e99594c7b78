/**
 * Retrying Durable Object calls the way Cloudflare documents it: only errors the runtime
 * marks `retryable`, never `overloaded` ones (retrying those adds to the overload), with
 * jittered exponential backoff and a small cap.
 */
export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  attempts: 3,
  baseDelayMs: 50,
  maxDelayMs: 400,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

function flag(err: unknown, name: "retryable" | "overloaded"): boolean {
  return typeof err === "object" && err !== null && (err as Record<string, unknown>)[name] === true;
}

export function isRetryable(err: unknown): boolean {
  return flag(err, "retryable") && !flag(err, "overloaded");
}

export function isOverloaded(err: unknown): boolean {
  return flag(err, "overloaded");
}

/** Full-jitter backoff: a random delay up to base·2^attempt, capped. */
export function backoffMs(attempt: number, options: Pick<RetryOptions, "baseDelayMs" | "maxDelayMs" | "random">): number {
  return Math.floor(options.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt));
}

export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (attempt + 1 >= options.attempts || !isRetryable(err)) throw err;
      await options.sleep(backoffMs(attempt, options));
    }
  }
}
