import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Two environments, one run: the pure core (src/shared) under plain Node, and the
// edge + Durable Object + D1 + R2 inside workerd. D1 migrations are read here (Node,
// config time) and applied inside workerd by test/workers/setup.ts.
export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
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
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                // Test-only bindings, merged over wrangler.toml's; nothing comes from .dev.vars.
                bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: "test-admin-token" },
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["test/workers/**/*.test.ts"],
            setupFiles: ["./test/workers/setup.ts"],
          },
        },
      ],
    },
  };
});
