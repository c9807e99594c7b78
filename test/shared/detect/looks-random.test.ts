import { describe, expect, it } from "vitest";
import { looksRandom } from "../../../src/shared/detect/signatures/validators";

describe("looksRandom: a credential value, not a placeholder", () => {
  it.each(["xFfGF0Lq8Vz2Rk5Tn7Wb3Ym9Pd4Hs6Jc1", "x0dDNazqAJBkCHXey87AfP8t2IB3", "Zk8Qw2Er4Ty6Ui1Op3As5Df7"])("takes a random value, even one that opens with x: %s", (value) => {
    expect(looksRandom(value)).toBe(true);
  });

  it.each(["xxxxxxxxxxxx", "XXXXXXXXXXXXXXXX", "************", "xxxxxxxx1234", "<your-token-here>", "${API_TOKEN}", "your_api_key_here", "changeme123", "placeholder"])(
    "refuses a mask, a template or a stock word: %s",
    (value) => {
      expect(looksRandom(value)).toBe(false);
    },
  );
});
