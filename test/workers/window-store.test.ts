import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import { SqliteWindowStore } from "../../src/objects/window-store";
import { Sql } from "../../src/objects/sql";
import { migrate } from "../../src/objects/schema-migrations";
import { describeWindowStore } from "../conformance/window-store.case";

let n = 0;
describeWindowStore("durable object sqlite", async (fn) => {
  const stub = env.TENANT.getByName(`window-store-${++n}`);
  await runInDurableObject(stub, (_instance, state) => {
    const sql = new Sql(state.storage.sql);
    migrate(sql, (run) => state.storage.transactionSync(run));
    fn(new SqliteWindowStore(sql));
  });
});
