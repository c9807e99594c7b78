import type { TenantInfo, TenantStatus } from "../shared/schemas/tenant";
import type { Sql } from "./sql";

type TenantRow = { id: string; name: string; status: string; created_at: number; updated_at: number };

/** The tenant's identity and status: the single row of `tenant`. */
export class TenantStore {
  /** This DO is the row's only writer, so it is read once per instance, not once per request. */
  #cached: TenantInfo | null = null;

  constructor(private readonly sql: Sql) {}

  get(): TenantInfo | null {
    this.#cached ??= this.#read();
    return this.#cached;
  }

  #read(): TenantInfo | null {
    const row = this.sql.first<TenantRow>(`SELECT id, name, status, created_at, updated_at FROM tenant`);
    if (!row) return null;
    return { ...row, status: row.status === "disabled" ? "disabled" : "active" };
  }

  /** Creates the row; false when the tenant already exists. */
  create(id: string, name: string, now: number): boolean {
    this.#cached = null;
    return (
      this.sql.run(
        `INSERT INTO tenant (singleton, id, name, status, created_at, updated_at) VALUES (1, ?, ?, 'active', ?, ?)
         ON CONFLICT (singleton) DO NOTHING`,
        id,
        name,
        now,
        now,
      ) > 0
    );
  }

  setStatus(status: TenantStatus, now: number): boolean {
    this.#cached = null;
    return this.sql.run(`UPDATE tenant SET status = ?, updated_at = ?`, status, now) > 0;
  }
}
