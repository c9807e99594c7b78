/** The caller's tenant Durable Object, addressed by the tenant id inside the API key. */
export type TenantStub = ReturnType<Env["TENANT"]["getByName"]>;

/** Hono environment of the edge worker: bindings, plus the caller's tenant once its key parsed. */
export type AppEnv = { Bindings: Env; Variables: { tenant: TenantStub; apiKey: string } };
