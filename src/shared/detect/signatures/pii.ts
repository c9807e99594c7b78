/**
 * Personal data: card numbers (Luhn), IBANs (mod-97), US social security numbers
 * (SSA's area/group/serial rules), e-mail addresses and phone numbers. E-mail and phone
 * are low severity: ordinary documents are full of them, so they are masked when
 * redaction is on but do not raise a verdict alone.
 */
import type { BuiltinSignature } from "./types";
import { ibanValid, luhnValid } from "./validators";

/** A card named right before a number: the word (or a brand) and a few non-digit characters. */
const CARD_NAMED =
  /(?:\b[Cc]ards?|\bCARDS?|\b[Cc][Cc]|\bCC|[Cc]redit|[Dd]ebit|[Mm]aestro|JCB|[Uu]nion[Pp]ay|[Tt]arjeta|[Cc]arte|[Kk]arte|[Cc]arta|[Cc]art[ãa]o|[Кк]арт[а-я]{0,4}|カード|卡)[^0-9\n]{0,24}$/;
const CARD_NAME_REACH = 40;
/** A phone named as someone's own, or a "call me", ending right before a number (pii.personal-phone.v1). */
const PHONE_NAMED = new RegExp(
  `(?:\\b(?:my|his|her|their|mein\\w{0,2}|seine?|ihre?|mon|ma|son|sa|mi|su|mio|mia|minha|meu|sua|seu)\\W+` +
    // "my mobile", "her work phone", or a bare "my number": "my order number" is not a phone.
    `(?:(?:\\w+\\W+)?(?:phone|mobile|cell|cellphone|telephone|handynummer|telefonnummer|handy|telefono|telefone|portable|celular|movil)|number|nummer|numero)\\b` +
    `|\\b(?:call|text|ring|reach|whatsapp|phone)\\W+(?:me|him|her)\\W+(?:on|at)\\b|\\bruf\\W+(?:mich|ihn|sie)\\W+an\\b|電話番号|携帯番号|手机号|电话号码|전화번호` +
    // "Erreichbar unter …", "Llámame al …", "appelle-moi au …", and a contact field's label.
    `|\\berreichbar\\W+(?:unter|auf)\\b|\\bll[aá]mame\\W+al?\\b|\\bappelle[sz]?-moi\\W+au\\b|\\bchiamami\\W+al\\b|\\bme\\W+liga\\W+(?:no|para)\\b|\\bbel\\W+me\\W+(?:op|via)\\b` +
    `|\\b(?:contact|kontakt|contacto|contato|tel|telefon|tel[eé]fono|telefone|phone|mobile|mobil|cell|handy|celular|m[oó]vil|whatsapp)\\W{0,3}[:：])` +
    `[^0-9+\\n]{0,24}$`,
  "u",
);
const PHONE_NAME_REACH = 64;

/** US SSN rules: the area is never 000, 666 or 9xx, the group never 00, the serial never 0000. */
const SSN_AREA = "(?!000|666|9\\d\\d)\\d{3}";
const SSN_GROUP = "(?!00)\\d{2}";
const SSN_SERIAL = "(?!0000)\\d{4}";

/** Maestro numbers run from 12 digits (ISO/IEC 7812 allows 8-19; the issuers in use start at 12). */
const NAMED_CARD_MIN_DIGITS = 12;
/** An account named right before a lowercase IBAN. */
const ACCOUNT_NAMED = /(?:iban|account|acct|konto|cuenta|compte|conto|rekening|conta)[^0-9\n]{0,24}$/i;
const ACCOUNT_NAME_REACH = 40;

/**
 * True when `naming` (a pattern anchored with `$`) matches the `reach` characters right
 * before the match: the word that says whose number this is ("card", "IBAN", "my mobile").
 */
function namedBefore(m: RegExpExecArray, naming: RegExp, reach: number): boolean {
  return naming.test(m.input.slice(Math.max(0, m.index - reach), m.index));
}

export const PII: readonly BuiltinSignature[] = [
  {
    id: "pii.card-number.v1",
    version: 2,
    category: "pii",
    severity: "high",
    description: "Payment card number: 13-19 digits (optionally grouped), issuer prefix and Luhn checksum.",
    target: "raw",
    // The last three digits are one group, so a short number after the card ("… 6467 12
    // 27", or leetspeak's "15" for "is") is not swallowed into a match that fails Luhn.
    pattern: /\b(?:4\d{3}|5[1-5]\d{2}|2[2-7]\d{2}|3[47]\d{2}|6(?:011|5\d{2}|4[4-9]\d)|3(?:0[0-5]|[68]\d)\d)(?:[ -]?\d){6,12}\d{3}\b/,
    validate: (m) => luhnValid(m[0]),
    redactAs: "card",
    cases: {
      positive: ["My card is 4539 1488 0343 6467, exp 04/27.", "charge 5555-5555-5555-4444 please", "card 4539 1488 0343 6467 12 27 declined"],
      negative: ["Order number 4539 1488 0343 6468 shipped.", "The population was 4000000000000 people."],
    },
  },
  {
    id: "pii.card-number-named.v1",
    version: 1,
    category: "pii",
    severity: "high",
    description: "A 12-19 digit number that passes Luhn right after the word card (or cc, credit, debit, a card brand): Maestro, JCB, UnionPay and other issuers outside the prefixes pii.card-number knows.",
    target: "raw",
    // Without an issuer prefix one random number in ten passes Luhn, so the card has to be
    // named just before the number ("my card # 5038…", "tarjeta 3528…"). The name is checked
    // by the validator so that the match, and the redaction, cover the digits only.
    pattern: /\b\d(?:[ -]?\d){11,18}\b/,
    literals: ["ard", "ARD", "cc", "CC", "redit", "ebit", "aestro", "JCB", "ay", "arjeta", "arte", "arta", "artão", "artao", "арт", "Карт", "カード", "卡"],
    validate: (m) => {
      const digits = m[0].replace(/[ -]/g, "");
      return luhnValid(digits, NAMED_CARD_MIN_DIGITS) && namedBefore(m, CARD_NAMED, CARD_NAME_REACH);
    },
    redactAs: "card",
    cases: {
      positive: ["my debit card # 675918274639 was declined", "I lost my card 3528 0007 0000 0000 yesterday", "please block card no 6759649826438453", "send the statement for cc 5038 1234 5678 9010"],
      negative: ["Your card 4000 order 123456789012 shipped.", "card 1234 5678 9012", "Gift card balance: 25 dollars, ref 202311220045"],
    },
  },
  {
    id: "pii.iban.v1",
    version: 1,
    category: "pii",
    severity: "high",
    description: "International bank account number with a registered country length and a valid mod-97 check.",
    target: "raw",
    // Written in capitals, or all in lower case after the word IBAN or account: lowercase
    // hex identifiers ("be12…") would otherwise pass mod-97 about once in a hundred.
    pattern: /\b(?:[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}|[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30})\b/,
    validate: (m) => ibanValid(m[0]) && (/^[A-Z]/.test(m[0]) || namedBefore(m, ACCOUNT_NAMED, ACCOUNT_NAME_REACH)),
    redactAs: "iban",
    cases: {
      positive: ["Please wire it to GB82 WEST 1234 5698 7654 32.", "IBAN: DE89370400440532013000", "my iban is gb82west12345698765432"],
      negative: ["Reference GB82 WEST 1234 5698 7654 33.", "Flight DE12 departs at noon.", "trace id gb82west12345698765432"],
    },
  },
  {
    id: "pii.us-ssn.v1",
    version: 1,
    category: "pii",
    severity: "high",
    description: "US social security number AAA-GG-SSSS (area not 000, 666 or 9xx; group and serial not zero).",
    target: "raw",
    pattern: new RegExp(`\\b${SSN_AREA}(?:-${SSN_GROUP}-|\\x20${SSN_GROUP}\\x20)${SSN_SERIAL}\\b`),
    redactAs: "ssn",
    cases: {
      positive: ["SSN: 123-45-6789", "his number is 536 22 8197"],
      negative: ["Call 800-555-0199 today.", "Invalid: 000-12-3456", "Range 666-12-3456"],
    },
  },
  {
    id: "pii.us-ssn-named.v1",
    version: 1,
    category: "pii",
    severity: "high",
    description: "A US social security number written as nine bare digits right after its name ('ssn 219099999', 'Social Security No. …'), with the same area, group and serial rules.",
    target: "folded",
    pattern: new RegExp(`\\b(?:ssn|social\\W{1,3}security(?:\\W{1,3}(?:number|no|#))?)\\W{1,4}${SSN_AREA}${SSN_GROUP}${SSN_SERIAL}\\b`),
    anchors: ["ssn", "social"],
    redactAs: "ssn",
    cases: {
      positive: ["ssn 219099999 on the W-2", "Social Security No. 536228197"],
      negative: ["ssn 000123456 is a test value", "social security office hours 900123456"],
    },
  },
  {
    id: "pii.email.v1",
    version: 1,
    category: "pii",
    severity: "low",
    description: "E-mail address.",
    target: "raw",
    pattern: /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/,
    literals: ["@"],
    redactAs: "email",
    cases: { positive: ["write to jane.doe@example.org"], negative: ["@here please review", "user@localhost"] },
  },
  {
    id: "pii.phone.v1",
    version: 1,
    category: "pii",
    severity: "low",
    description: "Phone number: international +CC form or North American (NXX) NXX-XXXX.",
    target: "raw",
    pattern: /(?:\+\d{1,3}[ .-]?)?\(?\b[2-9]\d{2}\)?[ .-]\d{3}[ .-]\d{4}\b|\+\d{1,3}[ .-]\d{2,4}[ .-]\d{3,4}[ .-]\d{3,4}\b/,
    redactAs: "phone",
    cases: { positive: ["call me at (415) 555-0132", "+44 20 7946 0958"], negative: ["version 1.2.3", "between 2019 and 2024"] },
  },
  {
    id: "pii.personal-phone.v1",
    version: 1,
    category: "pii",
    severity: "medium",
    description: "A person's own phone number in any national format, named as theirs ('my mobile is 07700 900123', 'ruf mich an unter 030 …', '電話番号は090-…').",
    target: "folded",
    // A business line ("call us at 1-800 …") is published on purpose; a number someone
    // calls their own, or gives to be called back on, is personal data in any format, so
    // the possessive or the "call me" carries the evidence and the number is any 8 to 15
    // digits in the usual groupings. The number is the pattern (digits are rarer than
    // "my" or "ma") and the naming is checked right before it.
    pattern: /\+?\(?\d[\d ().-]{6,20}\d/u,
    validate: (m) => {
      const digits = m[0].replace(/\D/g, "").length;
      return digits >= 8 && digits <= 15 && namedBefore(m, PHONE_NAMED, PHONE_NAME_REACH);
    },
    redactAs: "phone",
    cases: {
      positive: [
        "Call me on 07700 900123 after six.",
        "Meine Nummer ist 030 12345678, ruf mich an.",
        "Mon numéro : 06 12 34 56 78.",
        "My mobile is +91 98765 43210.",
        "電話番号は090-1234-5678です。",
        "Erreichbar unter +49 170 98765432.",
        "Llámame al 622 111 333.",
        "Contact: +33 6 12 34 56 78",
      ],
      negative: ["Call us at 1-800-555-0100 for support.", "My number of cats is 3.", "My order number is 12345.", "My ticket number is 40012345.", "His phone cost 799 dollars in 2023."],
    },
  },
  {
    id: "pii.identity-document.v1",
    version: 1,
    category: "pii",
    severity: "medium",
    description: "An identity document or national number named as such: passport, national ID, driving licence, UK National Insurance, tax ID, or a date of birth.",
    target: "folded",
    pattern: new RegExp(
      `\\b(?:passport|passeport|reisepass|pasaporte|passaporto|id\\W+card|identity\\W+card|national\\W+id|personalausweis|dni|nie|driver'?s\\W+licen[cs]e|driving\\W+licen[cs]e|licen[cs]e)` +
        `\\W{1,4}(?:(?:number|no|nr|num)\\W{1,4})?(?:is\\s{1,3})?([a-z]{0,2}\\d{6,9}[a-z]?)\\b` +
        `|\\b(?:national\\W+insurance\\W{1,4}(?:(?:number|no)\\W{1,4})?|ni\\s(?:number|no)\\W{1,4})(?:is\\s{1,3})?([a-z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[a-d])\\b` +
        `|\\b(?:date\\W+of\\W+birth|dob|born\\W+on|geburtsdatum|fecha\\W+de\\W+nacimiento|date\\W+de\\W+naissance)\\W{1,4}(?:is\\s{1,3})?(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b`,
    ),
    literals: ["passport", "passeport", "reisepass", "pasaporte", "passaporto", "id card", "identity card", "national id", "personalausweis", "dni", "nie", "licen", "insurance", "ni n", "dob", "birth", "born on", "geburtsdatum", "nacimiento", "naissance"],
    redactAs: "id",
    cases: {
      positive: ["Her passport number is X12345678.", "UK NI number: QQ 12 34 56 C", "DOB: 04/09/1985", "Driver's license no. D1234567"],
      negative: ["How long does a passport renewal take?", "The licence number format changed in 2019.", "Born on the fourth of July is a film."],
    },
  },
];
