import { env, exports } from "cloudflare:workers";
import { expect, it } from "vitest";

it("smoke", async () => {
  const res = await exports.default.fetch(new Request("http://x/health"));
  expect(res.status).toBe(200);
  expect(await env.TENANT.getByName("a").ping()).toBe("pong");
});
