import { CustomSignature, type CustomSignatureInput } from "../shared/schemas/signature";
import type { Sql } from "./sql";

/**
 * The tenant's custom signatures. `revision` changes on every write, so the engine
 * cache knows when to recompile.
 */
export class SignatureStore {
  #cached: CustomSignature[] | null = null;
  #revision = 0;

  constructor(private readonly sql: Sql) {}

  get revision(): number {
    return this.#revision;
  }

  list(): CustomSignature[] {
    this.#cached ??= this.sql
      .all<{ body: string }>(`SELECT body FROM signatures ORDER BY id`)
      .map((row) => CustomSignature.parse(JSON.parse(row.body)));
    return this.#cached;
  }

  get(id: string): CustomSignature | null {
    return this.list().find((s) => s.id === id) ?? null;
  }

  count(): number {
    return this.list().length;
  }

  /** Inserts version 1; false when the id exists. */
  create(input: CustomSignatureInput, now: number): CustomSignature | null {
    const signature = CustomSignature.parse({ ...input, version: 1 });
    const written = this.sql.run(
      `INSERT INTO signatures (id, version, body, updated_at) VALUES (?, 1, ?, ?) ON CONFLICT (id) DO NOTHING`,
      signature.id,
      JSON.stringify(signature),
      now,
    );
    this.#changed();
    return written > 0 ? signature : null;
  }

  /** Replaces a signature, bumping its version; null when there is none. */
  replace(input: CustomSignatureInput, now: number): CustomSignature | null {
    const existing = this.get(input.id);
    if (!existing) return null;
    const signature = CustomSignature.parse({ ...input, version: existing.version + 1 });
    this.sql.run(`UPDATE signatures SET version = ?, body = ?, updated_at = ? WHERE id = ?`, signature.version, JSON.stringify(signature), now, signature.id);
    this.#changed();
    return signature;
  }

  delete(id: string): CustomSignature | null {
    const existing = this.get(id);
    if (!existing) return null;
    this.sql.run(`DELETE FROM signatures WHERE id = ?`, id);
    this.#changed();
    return existing;
  }

  #changed(): void {
    this.#cached = null;
    this.#revision++;
  }
}
