import { Server } from "partyserver";
import { inspectionScopes } from "../shared/rate-limit/scopes";
import { hitAll } from "../shared/rate-limit/limiter";
import { policyProblems } from "../shared/policy-rules";
import { EventsQuery, type EventsPage } from "../shared/schemas/events";
import { InspectRequest, type InspectResponse } from "../shared/schemas/inspect";
import { CreateKeyRequest, type IssuedKey, type KeyInfo, type Scope } from "../shared/schemas/keys";
import { Policy } from "../shared/schemas/policy";
import type { StatsResponse } from "../shared/schemas/stats";
import type { CustomSignature } from "../shared/schemas/signature";
import { listBuiltinSignatures, type BuiltinSignatureInfo } from "../shared/builtin-catalog";
import { CreateTenantRequest, type CreatedTenant, type TenantInfo, type TenantStatus } from "../shared/schemas/tenant";
import { classifierBinding, type ClassifierBinding } from "./classifier";
import { CounterStore } from "./counter-store";
import { EngineCache } from "./engine-cache";
import { EventStore } from "./event-store";
import { inspectRequest } from "./inspection";
import { KeyStore } from "./key-store";
import { PolicyStore, type StoredPolicy } from "./policy-store";
import { toRateLimitInfo } from "./rate-limit-info";
import { type RpcResult, fail, ok } from "./rpc-result";
import { isMigrated, migrate } from "./schema-migrations";
import { Sql } from "./sql";
import { TenantStore } from "./tenant-store";
import { SignatureAdmin } from "./signature-admin";
import { SignatureStore } from "./signature-store";
import { parseInput } from "./validation";
import { SqliteWindowStore } from "./window-store";

/** Scopes the first keys of a new tenant get, one key each. */
const FIRST_KEY_SCOPES: Scope[] = ["inspect", "stream", "admin"];
/** How often (in inspections) expired rate-limit and counter rows are swept. */
const PRUNE_EVERY = 512;

/**
 * One tenant's firewall: its keys, policy, limits, events and counters in SQLite. Each
 * concern lives in its own module; this class wires them to RPC methods. Every method
 * that acts for a caller takes the caller's API key and authorizes it first.
 */
export class TenantFirewall extends Server<Env> {
  static override options = { hibernate: true };

  readonly #tenant: TenantStore;
  readonly #keys: KeyStore;
  readonly #policy: PolicyStore;
  readonly #windows: SqliteWindowStore;
  readonly #events: EventStore;
  readonly #counters: CounterStore;
  readonly #signatures: SignatureStore;
  readonly #signatureAdmin: SignatureAdmin;
  readonly #engines = new EngineCache();
  /** The optional Workers AI binding for the classifier cascade (null when not configured). */
  readonly #classifier: ClassifierBinding | null;
  readonly #migrateNow: () => void;
  #provisioned: boolean;
  #sincePrune = 0;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Schema here, not in onStart: partyserver runs onStart only for fetch, WebSocket
    // and alarm entry points, never for plain RPC calls on a getByName() stub. A DO
    // that was never provisioned stays empty: any well-formed key names some tenant id,
    // and guessing ids must not make storage appear (provision() migrates instead).
    const sql = new Sql(ctx.storage.sql);
    this.#migrateNow = () => migrate(sql, (fn) => ctx.storage.transactionSync(fn));
    this.#provisioned = isMigrated(sql);
    if (this.#provisioned) this.#migrateNow();
    this.#tenant = new TenantStore(sql);
    this.#keys = new KeyStore(sql);
    this.#policy = new PolicyStore(sql);
    this.#windows = new SqliteWindowStore(sql);
    this.#events = new EventStore(sql);
    this.#counters = new CounterStore(sql);
    this.#signatures = new SignatureStore(sql);
    this.#signatureAdmin = new SignatureAdmin(this.#signatures);
    this.#classifier = classifierBinding(env);
  }

  // ── operator (called by the edge after checking ADMIN_TOKEN) ──────────────────────

  async provision(input: unknown, now: number): Promise<RpcResult<CreatedTenant>> {
    const parsed = parseInput(CreateTenantRequest, input);
    if (!parsed.ok) return parsed;
    const { id, name, policy } = parsed.value;
    if (policy) {
      const problems = policyProblems(policy);
      if (problems.length > 0) return fail("unprocessable", "The policy is not consistent.", { errors: problems });
    }
    this.#migrateNow();
    this.#provisioned = true;
    if (!this.#tenant.create(id, name ?? id, now)) return fail("conflict", `Tenant ${id} already exists.`);
    if (policy) this.#policy.put(policy, now);
    const keys: IssuedKey[] = [];
    for (const scope of FIRST_KEY_SCOPES) keys.push(await this.#keys.issue(id, `first ${scope} key`, [scope], now));
    const tenant = this.#tenant.get();
    if (!tenant) throw new Error("tenant row missing right after insert");
    return ok({ ...tenant, keys });
  }

  setStatus(status: TenantStatus, now: number): RpcResult<TenantInfo> {
    if (!this.#provisioned || !this.#tenant.setStatus(status, now)) return fail("not_found", "No such tenant.");
    const tenant = this.#tenant.get();
    return tenant ? ok(tenant) : fail("not_found", "No such tenant.");
  }

  /** Issues a key for the operator (e.g. when a tenant locked itself out). */
  async issueKeyAsOperator(input: unknown, now: number): Promise<RpcResult<IssuedKey>> {
    const parsed = parseInput(CreateKeyRequest, input);
    if (!parsed.ok) return parsed;
    const tenant = this.#provisioned ? this.#tenant.get() : null;
    if (!tenant) return fail("not_found", "No such tenant.");
    return ok(await this.#keys.issue(tenant.id, parsed.value.name, parsed.value.scopes, now));
  }

  // ── data plane ────────────────────────────────────────────────────────────────────

  async inspect(credential: string, input: unknown, now: number): Promise<RpcResult<InspectResponse>> {
    const auth = await this.#authorize(credential, ["inspect"]);
    if (!auth.ok) return auth;
    const parsed = parseInput(InspectRequest, input);
    if (!parsed.ok) return parsed;
    const request = parsed.value;
    const stored = this.#policy.get();
    const limit = hitAll(
      this.#windows,
      inspectionScopes(stored.policy.rate_limits, auth.value.id, request.metadata?.user_id ?? null),
      now,
    );
    const rateLimit = toRateLimitInfo(limit);
    if (!limit.allowed) {
      return { ...fail("rate_limited", `Rate limit exceeded for ${limit.scope ?? "tenant"}.`), rateLimit };
    }
    const engine = this.#engines.get(stored, this.#signatures);
    const { response, event } = await inspectRequest(engine, request, {
      keyId: auth.value.id,
      now,
      clock: () => performance.now(),
      cascade: stored.policy.detection.cascade,
      classifier: this.#classifier,
    });
    this.#events.append(event);
    this.#counters.add(event.verdict, event.categories, now);
    this.#maybePrune(now);
    return ok(response, rateLimit);
  }

  async stats(credential: string, now: number): Promise<RpcResult<StatsResponse>> {
    const auth = await this.#authorize(credential, ["inspect", "admin"]);
    return auth.ok ? ok(this.#counters.stats(now)) : auth;
  }

  // ── tenant admin ──────────────────────────────────────────────────────────────────

  async listKeys(credential: string): Promise<RpcResult<KeyInfo[]>> {
    const auth = await this.#authorize(credential, ["admin"]);
    return auth.ok ? ok(this.#keys.list()) : auth;
  }

  async createKey(credential: string, input: unknown, now: number): Promise<RpcResult<IssuedKey>> {
    const auth = await this.#authorize(credential, ["admin"]);
    if (!auth.ok) return auth;
    const parsed = parseInput(CreateKeyRequest, input);
    if (!parsed.ok) return parsed;
    const tenantId = this.#tenant.get()?.id ?? this.name;
    return ok(await this.#keys.issue(tenantId, parsed.value.name, parsed.value.scopes, now));
  }

  async revokeKey(credential: string, keyId: string, now: number): Promise<RpcResult<KeyInfo>> {
    const auth = await this.#authorize(credential, ["admin"]);
    if (!auth.ok) return auth;
    const revoked = this.#keys.revoke(keyId, now);
    return revoked ? ok(revoked) : fail("not_found", `No key ${keyId}.`);
  }

  async getPolicy(credential: string): Promise<RpcResult<StoredPolicy>> {
    const auth = await this.#authorize(credential, ["admin"]);
    return auth.ok ? ok(this.#policy.get()) : auth;
  }

  async putPolicy(credential: string, input: unknown, now: number): Promise<RpcResult<StoredPolicy>> {
    const auth = await this.#authorize(credential, ["admin"]);
    if (!auth.ok) return auth;
    const parsed = parseInput(Policy, input);
    if (!parsed.ok) return parsed;
    const problems = policyProblems(parsed.value);
    if (problems.length > 0) return fail("unprocessable", "The policy is not consistent.", { errors: problems });
    return ok(this.#policy.put(parsed.value, now));
  }

  async events(credential: string, query: unknown): Promise<RpcResult<EventsPage>> {
    const auth = await this.#authorize(credential, ["admin"]);
    if (!auth.ok) return auth;
    const parsed = parseInput(EventsQuery, query);
    return parsed.ok ? ok(this.#events.query(parsed.value)) : parsed;
  }

  async listSignatures(credential: string): Promise<RpcResult<{ custom: CustomSignature[]; builtin: BuiltinSignatureInfo[] }>> {
    const auth = await this.#authorize(credential, ["admin"]);
    if (!auth.ok) return auth;
    const disabled = new Set(this.#policy.get().policy.detection.disabled_signatures);
    const builtin = listBuiltinSignatures().map((s) => ({ ...s, enabled: !disabled.has(s.id) }));
    return ok({ custom: this.#signatures.list(), builtin });
  }

  async createSignature(credential: string, input: unknown, now: number): Promise<RpcResult<CustomSignature>> {
    const auth = await this.#authorize(credential, ["admin"]);
    return auth.ok ? this.#signatureAdmin.create(input, now) : auth;
  }

  async replaceSignature(credential: string, id: string, input: unknown, now: number): Promise<RpcResult<CustomSignature>> {
    const auth = await this.#authorize(credential, ["admin"]);
    return auth.ok ? this.#signatureAdmin.replace(id, input, now) : auth;
  }

  async deleteSignature(credential: string, id: string): Promise<RpcResult<CustomSignature>> {
    const auth = await this.#authorize(credential, ["admin"]);
    return auth.ok ? this.#signatureAdmin.delete(id) : auth;
  }

  // ── internals ─────────────────────────────────────────────────────────────────────

  /**
   * Unknown tenants and unknown keys look the same (401), so a caller cannot probe which
   * tenants exist; a disabled tenant is told so only once its key has been verified.
   */
  async #authorize(credential: string, anyOf: Scope[]): Promise<RpcResult<KeyInfo>> {
    const tenant = this.#provisioned ? this.#tenant.get() : null;
    const check = tenant ? await this.#keys.verify(credential) : null;
    if (!tenant || !check || !check.ok) {
      return fail("unauthorized", check?.ok === false && check.reason === "revoked" ? "This API key was revoked." : "Invalid API key.");
    }
    if (tenant.status === "disabled") return fail("forbidden", "This tenant is disabled.");
    if (!anyOf.some((scope) => check.key.scopes.includes(scope))) {
      return fail("forbidden", `This API key lacks the ${anyOf.join(" or ")} scope.`);
    }
    return ok(check.key);
  }

  #maybePrune(now: number): void {
    if (++this.#sincePrune < PRUNE_EVERY) return;
    this.#sincePrune = 0;
    this.#windows.prune(now);
    this.#counters.prune(now);
  }
}
