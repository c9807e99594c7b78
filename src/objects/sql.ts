/** A failed SQLite statement, carrying the query so logs say which one. */
export class SqlError extends Error {
  constructor(
    readonly query: string,
    cause: unknown,
  ) {
    super(`SQL failed: ${query.replace(/\s+/g, " ").trim().slice(0, 200)}`, { cause });
    this.name = "SqlError";
  }
}

export type Row = Record<string, SqlStorageValue>;

/**
 * Thin wrapper over the Durable Object's synchronous SQLite API: binds parameters
 * positionally and wraps failures in SqlError (partyserver's own `sql` helper rethrows
 * its hook's value instead of the original error).
 */
export class Sql {
  constructor(private readonly storage: SqlStorage) {}

  all<T extends Row>(query: string, ...binds: SqlStorageValue[]): T[] {
    try {
      return this.storage.exec<T>(query, ...binds).toArray();
    } catch (err) {
      throw new SqlError(query, err);
    }
  }

  first<T extends Row>(query: string, ...binds: SqlStorageValue[]): T | null {
    return this.all<T>(query, ...binds)[0] ?? null;
  }

  /** Runs a write; returns the number of rows written. */
  run(query: string, ...binds: SqlStorageValue[]): number {
    try {
      return this.storage.exec(query, ...binds).rowsWritten;
    } catch (err) {
      throw new SqlError(query, err);
    }
  }
}
