/**
 * Timing loop for the bench: warm up (so the JIT has compiled the hot paths), then time
 * single calls with performance.now() until an iteration cap or a time budget is hit.
 * Both bounds keep the whole bench under a minute on a 2-core machine, whatever the
 * engine's speed.
 */
import { performance } from "node:perf_hooks";

export interface Budget {
  warmupMs: number;
  measureMs: number;
  maxIterations: number;
  /** Taken even when one call exceeds the budget, so p50 is never a single cold sample. */
  minIterations: number;
}

export interface Timing {
  iterations: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

export function measure(call: () => void, budget: Budget): Timing {
  const warmupEnd = performance.now() + budget.warmupMs;
  do call();
  while (performance.now() < warmupEnd);

  const samples: number[] = [];
  const end = performance.now() + budget.measureMs;
  while (samples.length < budget.maxIterations && (samples.length < budget.minIterations || performance.now() < end)) {
    const started = performance.now();
    call();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** Nearest-rank percentiles of the samples. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return {
    iterations: sorted.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    meanMs: sorted.length === 0 ? 0 : total / sorted.length,
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}

/** Megabytes (10^6 bytes) per second from a mean call time. */
export function megabytesPerSecond(bytes: number, meanMs: number): number {
  return meanMs <= 0 ? Infinity : bytes / 1e6 / (meanMs / 1000);
}
