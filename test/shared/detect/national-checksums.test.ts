import { describe, expect, it } from "vitest";
import { abaRoutingValid, cpfValid, spanishIdValid, verhoeffValid } from "../../../src/shared/detect/signatures/validators";

/** `number` with one digit raised by one (mod 10), for each of its digits. */
function singleDigitChanges(number: string): string[] {
  return Array.from(number, (digit, i) => `${number.slice(0, i)}${(Number(digit) + 1) % 10}${number.slice(i + 1)}`);
}

describe("national number checksums", () => {
  it.each([
    ["Verhoeff", verhoeffValid, "234567890124"],
    // Weights 3, 7, 1: raising a digit by one moves the sum by 3, 7 or 1, never by a multiple of 10.
    ["an ABA routing number", abaRoutingValid, "021000021"],
  ])("%s accepts a number whose check is right and rejects every single-digit change", (_name, valid, number) => {
    expect(valid(number)).toBe(true);
    for (const changed of singleDigitChanges(number)) expect(valid(changed)).toBe(false);
  });

  // Both CPF check digits must match; eleven equal digits pass the arithmetic but are never issued.
  it.each([
    ["123.456.789-09", true],
    ["123.456.789-08", false],
    ["123.456.789-19", false],
    ["123.456.788-09", false],
    ["111.111.111-11", false],
  ])("CPF %s valid: %s", (number, expected) => {
    expect(cpfValid(number)).toBe(expected);
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
