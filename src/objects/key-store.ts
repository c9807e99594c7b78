import { constantTimeEqual, generateApiKey, hashApiKey, keyPrefix } from "../shared/api-key";
import { type IssuedKey, type KeyInfo, Scope } from "../shared/schemas/keys";
import type { Sql } from "./sql";
import { ulid } from "../shared/ulid";

type KeyRow = {
  id: string;
  hash: string;
  name: string;
  scopes: string;
  prefix: string;
  created_at: number;
  revoked_at: number | null;
};

/** The first 16 hex digits of the hash index the row; the full hash is then compared in constant time. */
const LOOKUP_CHARS = 16;

export type KeyCheck = { ok: true; key: KeyInfo } | { ok: false; reason: "unknown_key" | "revoked" };

/** API keys of one tenant, stored as SHA-256 digests: the key itself is shown once and never kept. */
export class KeyStore {
  constructor(private readonly sql: Sql) {}

  async issue(tenantId: string, name: string, scopes: Scope[], now: number): Promise<IssuedKey> {
    const key = generateApiKey(tenantId);
    const hash = await hashApiKey(key);
    const info: KeyInfo = {
      id: `key_${ulid(now).toLowerCase()}`,
      name,
      scopes: [...new Set(scopes)],
      prefix: keyPrefix(key),
      created_at: now,
      revoked_at: null,
    };
    this.sql.run(
      `INSERT INTO api_keys (id, lookup, hash, name, scopes, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      info.id,
      hash.slice(0, LOOKUP_CHARS),
      hash,
      name,
      JSON.stringify(info.scopes),
      info.prefix,
      now,
    );
    return { ...info, key };
  }

  async verify(presented: string): Promise<KeyCheck> {
    const hash = await hashApiKey(presented);
    const rows = this.sql.all<KeyRow>(
      `SELECT id, hash, name, scopes, prefix, created_at, revoked_at FROM api_keys WHERE lookup = ?`,
      hash.slice(0, LOOKUP_CHARS),
    );
    const row = rows.find((r) => constantTimeEqual(r.hash, hash));
    if (!row) return { ok: false, reason: "unknown_key" };
    if (row.revoked_at !== null) return { ok: false, reason: "revoked" };
    return { ok: true, key: toInfo(row) };
  }

  list(): KeyInfo[] {
    return this.sql
      .all<KeyRow>(`SELECT id, hash, name, scopes, prefix, created_at, revoked_at FROM api_keys ORDER BY created_at, id`)
      .map(toInfo);
  }

  /** Revokes a key; null when there is no such key. Revoking twice keeps the first time. */
  revoke(id: string, now: number): KeyInfo | null {
    this.sql.run(`UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?`, now, id);
    const row = this.sql.first<KeyRow>(
      `SELECT id, hash, name, scopes, prefix, created_at, revoked_at FROM api_keys WHERE id = ?`,
      id,
    );
    return row ? toInfo(row) : null;
  }
}

function toInfo(row: KeyRow): KeyInfo {
  const scopes = Scope.array().parse(JSON.parse(row.scopes));
  return { id: row.id, name: row.name, scopes, prefix: row.prefix, created_at: row.created_at, revoked_at: row.revoked_at };
}
