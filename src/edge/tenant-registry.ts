import type { TenantInfo, TenantStatus } from "../shared/schemas/tenant";
import { TenantInfo as TenantInfoSchema } from "../shared/schemas/tenant";

/** The operator's list of tenants in D1 (`migrations/0001_tenants.sql`); all SQL for that table. */
export class TenantRegistry {
  constructor(private readonly db: D1Database) {}

  /** Inserts a tenant; false when the id is taken. */
  async insert(tenant: TenantInfo): Promise<boolean> {
    const result = await this.db
      .prepare(
        `INSERT INTO tenants (id, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .bind(tenant.id, tenant.name, tenant.status, tenant.created_at, tenant.updated_at)
      .run();
    return result.meta.changes > 0;
  }

  async remove(id: string): Promise<void> {
    await this.db.prepare(`DELETE FROM tenants WHERE id = ?`).bind(id).run();
  }

  async get(id: string): Promise<TenantInfo | null> {
    const row = await this.db.prepare(`SELECT id, name, status, created_at, updated_at FROM tenants WHERE id = ?`).bind(id).first();
    return row ? TenantInfoSchema.parse(row) : null;
  }

  /** Tenants ordered by id, after `after` (keyset pagination). */
  async list(limit: number, after: string | undefined): Promise<TenantInfo[]> {
    const { results } = await this.db
      .prepare(`SELECT id, name, status, created_at, updated_at FROM tenants WHERE id > ? ORDER BY id LIMIT ?`)
      .bind(after ?? "", limit)
      .all();
    return results.map((row) => TenantInfoSchema.parse(row));
  }

  async setStatus(id: string, status: TenantStatus, now: number): Promise<void> {
    await this.db.prepare(`UPDATE tenants SET status = ?, updated_at = ? WHERE id = ?`).bind(status, now, id).run();
  }
}
