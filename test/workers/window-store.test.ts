import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import { SqliteWindowStore } from "../../src/objects/window-store";
import { Sql } from "../../src/objects/sql";
import { describeWindowStore } from "../conformance/window-store.case";

let n = 0;
describeWindowStore("durable object sqlite", async (fn) => {
  const stub = env.TENANT.getByName(`window-store-${++n}`);
  await runInDurableObject(stub, (_instance, state) => fn(new SqliteWindowStore(new Sql(state.storage.sql))));
});
