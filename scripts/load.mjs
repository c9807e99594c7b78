// `npm run load` (with `npm start` running): end-to-end load on loopback with
// autocannon, bounded in time and connections. Compares POST /v1/inspect with the
// cheapest authenticated round trip through the same edge and Durable Object
// (GET /v1/stats: key check + one small SQLite read), measured in the same run.
import autocannon from "autocannon";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = process.env.LOAD_BASE ?? "http://127.0.0.1:8787";
const host = new URL(base).hostname;
if (host !== "127.0.0.1" && host !== "localhost") {
  console.error(`npm run load targets loopback only, not ${host}`);
  process.exit(2);
}
const seconds = Math.min(Number(process.env.LOAD_SECONDS ?? 10), 30);
const connections = Math.min(Number(process.env.LOAD_CONNECTIONS ?? 10), 50);
const keysFile = join(root, ".wrangler", "demo-keys.json");
if (!existsSync(keysFile)) {
  console.error("no demo keys: run `npm start` first");
  process.exit(2);
}
const keys = JSON.parse(readFileSync(keysFile, "utf8"));

/** A 1 KB benign prompt written for this script. */
const prompt =
  "I run a small bakery and want to plan next month's orders. We sell sourdough, rye and seeded loaves; " +
  "weekends are twice as busy as weekdays and the first week of the month is usually slow. ".repeat(5) +
  "Could you suggest a simple spreadsheet layout and a formula to forecast daily flour needs?";
const inspectBody = JSON.stringify({ messages: [{ role: "user", content: prompt }], metadata: { user_id: "load" } });

const targets = [
  { name: "GET /health (edge only)", method: "GET", path: "/health" },
  { name: "GET /v1/stats (edge → DO RPC, auth, one read)", method: "GET", path: "/v1/stats", key: keys.inspect },
  { name: "POST /v1/inspect (1 KB prompt)", method: "POST", path: "/v1/inspect", key: keys.inspect, body: inspectBody },
];

const results = [];
for (const t of targets) {
  const headers = { ...(t.key ? { authorization: `Bearer ${t.key}` } : {}), ...(t.body ? { "content-type": "application/json" } : {}) };
  const r = await autocannon({ url: `${base}${t.path}`, method: t.method, headers, body: t.body, connections, duration: seconds });
  results.push({
    name: t.name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    total: r.requests.total,
  });
}

console.log(`\n${connections} connections, ${seconds} s per endpoint, ${base}\n`);
console.log("endpoint | req/s | p50 ms | p90 ms | p99 ms | errors | non-2xx");
console.log("---|---|---|---|---|---|---");
for (const r of results) console.log(`${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${r.non2xx}`);
const [, roundTrip, inspect] = results;
const ratio = inspect.rps / roundTrip.rps;
console.log(`\n/v1/inspect throughput = ${(100 * ratio).toFixed(0)}% of the stats round trip (target ≥ 70%); p50 ${inspect.p50} ms vs ${roundTrip.p50} ms (target within 2 ms)`);
const outDir = join(root, "load-results");
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, `load-${Date.now()}.json`), JSON.stringify({ base, seconds, connections, results }, null, 2));
console.log(JSON.stringify({ inspect_rps: Math.round(inspect.rps), round_trip_rps: Math.round(roundTrip.rps), ratio: Number(ratio.toFixed(3)), inspect_p50: inspect.p50, round_trip_p50: roundTrip.p50 }));
