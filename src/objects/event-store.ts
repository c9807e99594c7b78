import { type EventsPage, type EventsQuery, ThreatEvent } from "../shared/schemas/events";
import type { Sql } from "./sql";

/**
 * The outbox of threat events: one row per inspection, in arrival order (`seq`). Later
 * the alarm flushes it to R2 and the live stream replays from it; rows are only appended here.
 */
export class EventStore {
  constructor(private readonly sql: Sql) {}

  append(event: ThreatEvent): void {
    this.sql.run(
      `INSERT INTO events (id, ts, verdict, body) VALUES (?, ?, ?, ?)`,
      event.id,
      event.ts,
      event.verdict,
      JSON.stringify(event),
    );
  }

  /** Newest first; `before` pages backwards from an event id. */
  query(q: EventsQuery): EventsPage {
    const beforeSeq = q.before
      ? (this.sql.first<{ seq: number }>(`SELECT seq FROM events WHERE id = ?`, q.before)?.seq ?? 0)
      : Number.MAX_SAFE_INTEGER;
    const rows = this.sql.all<{ body: string }>(
      `SELECT body FROM events WHERE seq < ? AND (? IS NULL OR verdict = ?) ORDER BY seq DESC LIMIT ?`,
      beforeSeq,
      q.verdict ?? null,
      q.verdict ?? null,
      q.limit + 1,
    );
    const events = rows.slice(0, q.limit).map((r) => ThreatEvent.parse(JSON.parse(r.body)));
    return { events, next_before: rows.length > q.limit ? (events.at(-1)?.id ?? null) : null };
  }

  count(): number {
    return this.sql.first<{ n: number }>(`SELECT count(*) AS n FROM events`)?.n ?? 0;
  }
}
