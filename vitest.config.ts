import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/** An auxiliary worker standing in for Workers AI in tests (see the file's header). */
const FAKE_CLASSIFIER = {
  name: "fake-classifier",
  modules: true,
  scriptPath: "./test/fixtures/fake-classifier.js",
  compatibilityDate: "2026-04-01",
};

// Two environments, one run: the pure core (src/shared) under plain Node, and the
// edge + Durable Object + D1 + R2 inside workerd. D1 migrations are read here (Node,
// config time) and applied inside workerd by test/workers/setup.ts.
export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  /** The edge + Durable Object inside workerd, with `extra` Miniflare options; `only` narrows the files. */
  const workersProject = (name: string, extra: Record<string, unknown>, only?: string[]) => ({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // Test-only bindings, merged over wrangler.toml's; nothing comes from .dev.vars.
          bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: "test-admin-token" },
          ...extra,
        },
      }),
    ],
    test: {
      name,
      include: only ?? ["test/workers/**/*.test.ts"],
      exclude: only ? [] : ["test/workers/cascade-unbound.test.ts"],
      setupFiles: ["./test/workers/setup.ts"],
    },
  });
  // .ci/run asks for a JSON report too, to print a plain "N passed, N failed" line.
  const jsonReport = process.env.VITEST_JSON_REPORT;
  return {
    test: {
      reporters: jsonReport ? ["default", "json"] : ["default"],
      outputFile: jsonReport ? { json: jsonReport } : undefined,
      projects: [
        {
          test: {
            name: "node",
            environment: "node",
            include: ["test/shared/**/*.test.ts"],
          },
        },
        workersProject("workers", {
          // The classifier cascade's `AI` binding, served by a stand-in worker; every
          // other file runs with it bound too, which the cascade (off by default) never calls.
          workers: [FAKE_CLASSIFIER],
          serviceBindings: { AI: FAKE_CLASSIFIER.name },
        }),
        // The same worker without an `AI` binding, for the cascade's "not configured" path.
        workersProject("workers-no-ai", {}, ["test/workers/cascade-unbound.test.ts"]),
      ],
    },
  };
});
