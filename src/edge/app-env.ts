/** Hono environment of the edge worker: bindings only; the tenant comes from the API key. */
export type AppEnv = { Bindings: Env };
