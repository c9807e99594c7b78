import type { WindowState } from "../shared/rate-limit/sliding-window";
import type { WindowStore } from "../shared/rate-limit/window-store";
import type { Sql } from "./sql";

/** Sliding-window counters in the tenant's SQLite, one row per counter key. */
export class SqliteWindowStore implements WindowStore {
  constructor(private readonly sql: Sql) {}

  get(key: string): WindowState | null {
    const row = this.sql.first<{ bucket: number; current: number; previous: number; window_ms: number }>(
      `SELECT bucket, current, previous, window_ms FROM rate_windows WHERE key = ?`,
      key,
    );
    return row ? { bucket: row.bucket, current: row.current, previous: row.previous, windowMs: row.window_ms } : null;
  }

  put(key: string, state: WindowState, expiresAt: number): void {
    this.sql.run(
      `INSERT INTO rate_windows (key, bucket, current, previous, window_ms, expires_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET bucket = excluded.bucket, current = excluded.current,
         previous = excluded.previous, window_ms = excluded.window_ms, expires_at = excluded.expires_at`,
      key,
      state.bucket,
      state.current,
      state.previous,
      state.windowMs,
      expiresAt,
    );
  }

  prune(now: number): number {
    return this.sql.run(`DELETE FROM rate_windows WHERE expires_at <= ?`, now);
  }
}
