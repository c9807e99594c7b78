/** Tables and the summary line of `npm run bench`, with the targets of DESIGN.md §7. */
import { renderTable } from "../scripts/eval/text-table";
import type { CaseResult } from "./bench-cases";
import { megabytesPerSecond } from "./measure";

export const SPEED_TARGETS = { p99At4KbMs: 1, megabytesPerSecond: 50 } as const;

const nsPerByte = (r: CaseResult): number => (r.p50Ms * 1e6) / r.bytes;
const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));

function target(r: CaseResult): string {
  const checks: string[] = [];
  if (r.sizeLabel === "4 KB") checks.push(`p99<${SPEED_TARGETS.p99At4KbMs}ms ${r.p99Ms < SPEED_TARGETS.p99At4KbMs ? "ok" : "MISS"}`);
  // Per-call overhead dominates a 256 B prompt; throughput is judged from 4 KB up.
  if (r.bytes >= 4096) {
    checks.push(`≥${SPEED_TARGETS.megabytesPerSecond}MB/s ${megabytesPerSecond(r.bytes, r.meanMs) >= SPEED_TARGETS.megabytesPerSecond ? "ok" : "MISS"}`);
  }
  return checks.join(", ");
}

export function renderResults(title: string, results: readonly CaseResult[]): string {
  const rows = results.map((r) => [
    r.name,
    String(r.bytes),
    String(r.iterations),
    ms(r.p50Ms),
    ms(r.p99Ms),
    ms(r.maxMs),
    megabytesPerSecond(r.bytes, r.meanMs).toFixed(1),
    nsPerByte(r).toFixed(1),
    r.verdict,
    target(r),
  ]);
  return `${title}\n${renderTable(["case", "bytes", "calls", "p50 ms", "p99 ms", "max ms", "MB/s", "ns/B", "verdict", "targets"], rows)}`;
}

/** Per-byte time at 1 MB over per-byte time at 4 KB (p50): about 1 when time is linear. */
export function linearity(results: readonly CaseResult[], kind: CaseResult["kind"]): number | undefined {
  const small = results.find((r) => r.kind === kind && r.sizeLabel === "4 KB");
  const large = results.find((r) => r.kind === kind && r.sizeLabel === "1 MB");
  return small && large ? nsPerByte(large) / nsPerByte(small) : undefined;
}

export function summaryLine(sizes: readonly CaseResult[], pathological: readonly CaseResult[]): Record<string, unknown> {
  const bySize = (kind: CaseResult["kind"]): Record<string, unknown> =>
    Object.fromEntries(
      sizes
        .filter((r) => r.kind === kind)
        .map((r) => [r.sizeLabel.replace(" ", "").toLowerCase(), {
          p50_ms: round(r.p50Ms), p99_ms: round(r.p99Ms), mb_s: round(megabytesPerSecond(r.bytes, r.meanMs), 1),
        }]),
    );
  return {
    benign: bySize("benign"),
    attack: bySize("attack"),
    linearity_1mb_vs_4kb: { benign: round(linearity(sizes, "benign")), attack: round(linearity(sizes, "attack")) },
    pathological: Object.fromEntries(pathological.map((r) => [r.name, { p50_ms: round(r.p50Ms), mb_s: round(megabytesPerSecond(r.bytes, r.meanMs), 1) }])),
  };
}

function round(x: number | undefined, digits = 3): number | null {
  return x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits));
}
