import { describe, expect, it } from "vitest";
import { abaRoutingValid, cpfValid, spanishIdValid, verhoeffValid } from "../../../src/shared/detect/signatures/validators";

describe("national number checksums", () => {
  it("Verhoeff accepts a number whose check digit is right and rejects every single-digit change", () => {
    const valid = "234567890124";
    expect(verhoeffValid(valid)).toBe(true);
    for (let i = 0; i < valid.length; i++) {
      const digit = Number(valid[i]);
      const changed = `${valid.slice(0, i)}${(digit + 1) % 10}${valid.slice(i + 1)}`;
      expect(verhoeffValid(changed)).toBe(false);
    }
  });

  it("an ABA routing number's weights 3, 7, 1 catch every single-digit change", () => {
    const valid = "021000021";
    expect(abaRoutingValid(valid)).toBe(true);
    for (let i = 0; i < valid.length; i++) {
      const changed = `${valid.slice(0, i)}${(Number(valid[i]) + 1) % 10}${valid.slice(i + 1)}`;
      expect(abaRoutingValid(changed)).toBe(false);
    }
  });

  it("a CPF's two check digits must both match, and eleven equal digits are refused", () => {
    expect(cpfValid("123.456.789-09")).toBe(true);
    expect(cpfValid("123.456.789-08")).toBe(false);
    expect(cpfValid("123.456.789-19")).toBe(false);
    expect(cpfValid("123.456.788-09")).toBe(false);
    expect(cpfValid("111.111.111-11")).toBe(false);
  });

  it("Verhoeff catches adjacent transpositions", () => {
    expect(verhoeffValid("324567890124")).toBe(false);
  });

  it("the Spanish control letter follows the number modulo 23, NIE prefixes read as 0, 1, 2", () => {
    expect(spanishIdValid("12345678Z")).toBe(true);
    expect(spanishIdValid("12345678A")).toBe(false);
    expect(spanishIdValid("X1234567L")).toBe(true);
    expect(spanishIdValid("Y1234567X")).toBe(true);
    expect(spanishIdValid("X1234567A")).toBe(false);
  });
});
