import type { Sql } from "./sql";

/**
 * The tenant Durable Object's schema, as an append-only list: a new need is a new
 * entry; an applied entry is never edited. Each table belongs to one store module.
 */
const MIGRATIONS: readonly string[] = [
  // 1: tenant identity and status (tenant-store.ts)
  `CREATE TABLE tenant (
     singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
     id         TEXT NOT NULL,
     name       TEXT NOT NULL,
     status     TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   )`,
  // 2: API keys, stored as SHA-256 (key-store.ts)
  `CREATE TABLE api_keys (
     id         TEXT PRIMARY KEY,
     lookup     TEXT NOT NULL,
     hash       TEXT NOT NULL,
     name       TEXT NOT NULL,
     scopes     TEXT NOT NULL,
     prefix     TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   CREATE INDEX api_keys_lookup ON api_keys (lookup)`,
  // 3: policy document, versioned (policy-store.ts)
  `CREATE TABLE policy (
     singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
     version    INTEGER NOT NULL,
     document   TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   )`,
  // 4: sliding-window counters (window-store.ts)
  `CREATE TABLE rate_windows (
     key        TEXT PRIMARY KEY,
     bucket     INTEGER NOT NULL,
     current    INTEGER NOT NULL,
     previous   INTEGER NOT NULL,
     window_ms  INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX rate_windows_expiry ON rate_windows (expires_at)`,
  // 5: threat events outbox; seq orders them for replay and flush (event-store.ts)
  `CREATE TABLE events (
     seq        INTEGER PRIMARY KEY AUTOINCREMENT,
     id         TEXT NOT NULL UNIQUE,
     ts         INTEGER NOT NULL,
     verdict    TEXT NOT NULL,
     body       TEXT NOT NULL
   );
   CREATE INDEX events_ts ON events (ts)`,
  // 6: per-minute counters by verdict and category; category '' counts inspections (counter-store.ts)
  `CREATE TABLE counters (
     minute   INTEGER NOT NULL,
     verdict  TEXT NOT NULL,
     category TEXT NOT NULL,
     count    INTEGER NOT NULL,
     PRIMARY KEY (minute, verdict, category)
   ) WITHOUT ROWID`,
  // 7: the tenant's custom signatures (signature-store.ts)
  `CREATE TABLE signatures (
     id         TEXT PRIMARY KEY,
     version    INTEGER NOT NULL,
     body       TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   )`,
];

/** True once any migration has run; a read only, so it creates no storage. */
export function isMigrated(sql: Sql): boolean {
  return sql.first(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`) !== null;
}

/** Brings the schema up to date inside one synchronous transaction. */
export function migrate(sql: Sql, transactionSync: <T>(fn: () => T) => T): number {
  return transactionSync(() => {
    sql.run(`CREATE TABLE IF NOT EXISTS schema_version (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), version INTEGER NOT NULL)`);
    const current = sql.first<{ version: number }>(`SELECT version FROM schema_version`)?.version ?? 0;
    for (let v = current; v < MIGRATIONS.length; v++) sql.run(MIGRATIONS[v]);
    sql.run(
      `INSERT INTO schema_version (singleton, version) VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET version = excluded.version`,
      MIGRATIONS.length,
    );
    return MIGRATIONS.length;
  });
}
