/** Checks that regexes cannot express: checksums and randomness. */

/** Luhn (ISO/IEC 7812-1 Annex B) check over the digits of `text`, which must number `minDigits` to 19. */
export function luhnValid(text: string, minDigits = 13): boolean {
  const digits = text.replace(/\D/g, "");
  if (digits.length < minDigits || digits.length > 19 || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// IBAN lengths per country (ISO 13616 registry, common SEPA and non-SEPA countries).
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18,
  NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27,
  TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

/** IBAN check: registered country length and ISO 7064 mod-97-10 remainder of 1. */
export function ibanValid(text: string): boolean {
  const iban = text.replace(/\s/g, "").toUpperCase();
  if (IBAN_LENGTH[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * True when a credential value looks machine-generated rather than a placeholder or a
 * word: at least 8 characters, some digit or symbol mixed with letters, and at least
 * 3 bits of entropy per character (English words and "xxxxxxxx" stay below it).
 */
export function looksRandom(value: string): boolean {
  if (value.length < 8) return false;
  // A mask is the whole value ("xxxx", "****"); a template or a stock word only has to
  // open it. Real tokens do open with an "x" (every Atlassian API token's tail: "xFfGF0…").
  if (/^(?:x+|\*+|\.+)$/i.test(value)) return false;
  if (/^(?:<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|your[_-]|changeme|password|example|placeholder|redacted|null|none|true|false)/i.test(value)) {
    return false;
  }
  if (/^[A-Z_]+$/.test(value) || /^[a-z_]+$/.test(value)) return false;
  if (placeholderWords(value) >= 2 || value.split(/[-_.]/).some((word) => MARKED_PLACEHOLDER.test(word))) return false;
  return entropy(value) >= 3;
}

/** Words that mark a whole value as a stand-in wherever they sit: "sk-placeholder", "ghp_dummy". */
const MARKED_PLACEHOLDER = /^(?:placeholder|redacted|dummy|changeme)$/i;

/** Words that placeholder values are made of: "sk-your-key-here", "replace-with-32-random-bytes". */
const PLACEHOLDER_WORD = /^(?:your|my|here|key|secret|token|password|replace|with|change|me|put|insert|goes|real|random|bytes|value|example|sample|dummy|fake|test)$/i;

function placeholderWords(value: string): number {
  let count = 0;
  for (const word of value.split(/[-_.]/)) if (PLACEHOLDER_WORD.test(word)) count++;
  return count;
}

// Verhoeff check (Verhoeff 1969), used by India's Aadhaar numbers: the dihedral group D5's
// multiplication table, the position permutation, and a final digit that brings the product to 0.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check over the digits of `text`. */
export function verhoeffValid(text: string): boolean {
  const digits = text.replace(/\D/g, "");
  let check = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    check = (VERHOEFF_D[check] as number[])[(VERHOEFF_P[i % 8] as number[])[digit] as number] as number;
  }
  return digits.length > 0 && check === 0;
}

/** Spanish DNI/NIE control letter: the number (NIE's X, Y, Z read as 0, 1, 2) modulo 23 picks it. */
export function spanishIdValid(text: string): boolean {
  const id = text.toUpperCase().replace(/[\s-]/g, "");
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (m === null) return false;
  const number = Number(`${"XYZ".indexOf(m[1] as string) >= 0 ? "XYZ".indexOf(m[1] as string) : ""}${m[2]}`);
  return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] === m[3];
}

/**
 * Brazil's CPF: two check digits, each 11 minus the weighted digit sum mod 11 (0 when
 * that gives 10 or 11), weights 10..2 then 11..2. Eleven equal digits pass the
 * arithmetic but are not issued.
 */
export function cpfValid(text: string): boolean {
  const digits = text.replace(/\D/g, "");
  if (digits.length !== 11 || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += Number(digits[i]) * (length + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

/** A US ABA routing number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10. */
export function abaRoutingValid(text: string): boolean {
  const digits = text.replace(/\D/g, "");
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * ([3, 7, 1][i % 3] as number);
  return sum % 10 === 0;
}
