import { DEFAULT_POLICY, Policy } from "../shared/schemas/policy";
import type { Sql } from "./sql";

export interface StoredPolicy {
  policy: Policy;
  version: number;
  updated_at: number | null;
}

/** The tenant's policy document; version 0 means "defaults, never written". */
export class PolicyStore {
  /** This DO is the policy's only writer, so the parsed document can be kept between requests. */
  #cached: StoredPolicy | null = null;

  constructor(private readonly sql: Sql) {}

  get(): StoredPolicy {
    this.#cached ??= this.#read();
    return this.#cached;
  }

  #read(): StoredPolicy {
    const row = this.sql.first<{ version: number; document: string; updated_at: number }>(
      `SELECT version, document, updated_at FROM policy`,
    );
    if (!row) return { policy: DEFAULT_POLICY, version: 0, updated_at: null };
    // Parsed again on read: a document written by an older schema gains new defaults.
    return { policy: Policy.parse(JSON.parse(row.document)), version: row.version, updated_at: row.updated_at };
  }

  put(policy: Policy, now: number): StoredPolicy {
    this.sql.run(
      `INSERT INTO policy (singleton, version, document, updated_at) VALUES (1, 1, ?, ?)
       ON CONFLICT (singleton) DO UPDATE SET version = version + 1, document = excluded.document, updated_at = excluded.updated_at`,
      JSON.stringify(policy),
      now,
    );
    this.#cached = null;
    return this.get();
  }
}
