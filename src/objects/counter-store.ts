import { Category, Verdict } from "../shared/schemas/common";
import type { StatsResponse, StatsWindow } from "../shared/schemas/stats";
import type { Sql } from "./sql";

const MINUTE_MS = 60_000;
const WINDOWS = { minute: 1, hour: 60, day: 1440 } as const;
/** Minute rows kept for /v1/stats (a day) plus a day of slack for the hourly flush to D1. */
const RETAIN_MINUTES = 2 * 1440;

/**
 * Inspection counts per minute, verdict and category. Category '' counts inspections,
 * so verdict totals are exact even when one inspection hits several categories.
 */
export class CounterStore {
  constructor(private readonly sql: Sql) {}

  add(verdict: Verdict, categories: readonly Category[], now: number): void {
    const minute = Math.floor(now / MINUTE_MS);
    for (const category of ["", ...new Set(categories)]) {
      this.sql.run(
        `INSERT INTO counters (minute, verdict, category, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (minute, verdict, category) DO UPDATE SET count = count + 1`,
        minute,
        verdict,
        category,
      );
    }
  }

  stats(now: number): StatsResponse {
    const minute = Math.floor(now / MINUTE_MS);
    const rows = this.sql.all<{ minute: number; verdict: string; category: string; count: number }>(
      `SELECT minute, verdict, category, count FROM counters WHERE minute > ?`,
      minute - WINDOWS.day,
    );
    const window = (span: number): StatsWindow => {
      const out: StatsWindow = { total: 0, verdicts: { allow: 0, flag: 0, block: 0 }, categories: {} };
      for (const row of rows) {
        if (row.minute <= minute - span) continue;
        const verdict = Verdict.safeParse(row.verdict);
        if (!verdict.success) continue;
        if (row.category === "") {
          out.total += row.count;
          out.verdicts[verdict.data] += row.count;
          continue;
        }
        const category = Category.safeParse(row.category);
        if (category.success) out.categories[category.data] = (out.categories[category.data] ?? 0) + row.count;
      }
      return out;
    };
    return { as_of: now, minute: window(WINDOWS.minute), hour: window(WINDOWS.hour), day: window(WINDOWS.day) };
  }

  prune(now: number): number {
    return this.sql.run(`DELETE FROM counters WHERE minute <= ?`, Math.floor(now / MINUTE_MS) - RETAIN_MINUTES);
  }
}
