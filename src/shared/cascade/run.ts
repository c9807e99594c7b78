/** What happened when the cascade was consulted, as plain data (the call itself lives in src/objects). */
export type CascadeRun =
  /** The engine was sure, or found no attack evidence to ask about. */
  | { outcome: "skipped" }
  /** The policy enables the cascade but no `AI` binding is configured. */
  | { outcome: "unavailable" }
  | { outcome: "timeout"; latencyMs: number }
  /** The call threw, or its answer could not be read. */
  | { outcome: "error"; latencyMs: number; detail: string }
  | { outcome: "attack" | "benign"; latencyMs: number; score?: number };
