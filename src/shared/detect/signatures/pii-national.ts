/**
 * National numbers beyond the US SSN, each named or checked so that an arbitrary run of
 * digits does not count: India's Aadhaar (Verhoeff check digit), Canada's SIN (Luhn),
 * Germany's tax ID, Spain's DNI and NIE (control letter), Italy's codice fiscale (its
 * fixed shape: six letters, birth year, month letter, day, town code, check letter), a UK
 * sort code with an account number, a US street address with its ZIP code, Brazil's CPF
 * (two check digits), India's PAN (its fixed shape, the fourth letter the holder's kind) and
 * a US bank routing number (ABA checksum) next to an account number.
 */
import { abaRoutingValid, cpfValid, luhnValid, spanishIdValid, verhoeffValid } from "./validators";
import type { BuiltinSignature } from "./types";

export const PII_NATIONAL: readonly BuiltinSignature[] = [
  {
    id: "pii.national-number.v1",
    version: 1,
    category: "pii",
    severity: "medium",
    description: "A national identity or tax number, named and checked: Aadhaar (Verhoeff), Canadian SIN (Luhn), German Steuer-ID, Spanish DNI/NIE (control letter), Brazilian CPF (check digits), or an Italian codice fiscale or Indian PAN named and in its shape.",
    target: "raw",
    pattern: new RegExp(
      String.raw`(?:\b(?:[Aa]adhaar|AADHAAR|UIDAI|आधार)[^0-9\n]{0,24}?(?<aadhaar>[2-9]\d{3}[ -]?\d{4}[ -]?\d{4})\b)` +
        String.raw`|(?:\b(?:SIN|[Ss]ocial [Ii]nsurance(?: [Nn]umber)?|NAS)[^0-9\n]{0,16}?(?<sin>\d{3}[ -]?\d{3}[ -]?\d{3})\b)` +
        String.raw`|(?:\b(?:[Ss]teuer-?ID|[Ss]teuer-?[Ii]dentifikationsnummer|[Ss]teuernummer|IdNr)[^0-9\n]{0,16}?(?<steuer>\d{2} ?\d{3} ?\d{3} ?\d{3})\b)` +
        String.raw`|(?:\b(?:DNI|NIE|NIF|[Dd]ocumento [Nn]acional)[^0-9A-Z\n]{0,16}?(?<dni>[XYZ]?\d{7,8}-?[A-Z])\b)` +
        String.raw`|(?:\b(?:[Cc]odice [Ff]iscale|CODICE FISCALE|C\.F\.|CF|[Tt]ax [Cc]ode)[^A-Z\n]{0,16}?(?<fiscale>[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z])\b)` +
        String.raw`|(?:\b(?:CPF|C\.P\.F\.|[Cc]adastro de [Pp]essoas)[^0-9\n]{0,16}?(?<cpf>\d{3}\.?\d{3}\.?\d{3}-?\d{2})\b)` +
        // PAN: five letters (the fourth says whose: Person, Company, Firm, Trust…), four digits, a letter.
        String.raw`|(?:\b(?:PAN|[Pp]ermanent [Aa]ccount [Nn]umber)\b[^A-Z\n]{0,16}?(?<pan>[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])\b)`,
    ),
    literals: ["aadhaar", "Aadhaar", "AADHAAR", "UIDAI", "आधार", "SIN", "ocial", "NAS", "teuer", "IdNr", "DNI", "NIE", "NIF", "ocumento", "odice", "ODICE", "C.F.", "CF", "ax code", "ax Code", "CPF", "C.P.F.", "adastro", "PAN", "ermanent"],
    validate: (m) => {
      const groups = m.groups ?? {};
      if (groups.aadhaar !== undefined) return verhoeffValid(groups.aadhaar);
      if (groups.sin !== undefined) return luhnValid(groups.sin, 9);
      if (groups.dni !== undefined) return spanishIdValid(groups.dni);
      if (groups.cpf !== undefined) return cpfValid(groups.cpf);
      return true;
    },
    redactAs: "id",
    cases: {
      positive: [
        "My Aadhaar number is 2345 6789 0124, please update my KYC.",
        "My SIN is 046 454 286.",
        "Steuer-ID: 12 345 678 901",
        "Mi DNI es 12345678Z.",
        "Codice fiscale: RSSMRA85T10A562S",
        "Meu CPF é 123.456.789-09.",
        "PAN: ABCPE1234F for the tax filing.",
      ],
      negative: [
        "My Aadhaar number is 2345 6789 0123 (a made-up one).",
        "Order SIN-123 shipped 046 454 287 units.",
        "Mi DNI es 12345678A.",
        "The model ABCDEF12 ships in March.",
        "CPF 123.456.789-00 não é válido.",
        "CPF 111.111.111-11",
        "Set the PAN to ABCDE1234F degrees for the camera.",
      ],
    },
  },
  {
    id: "pii.street-address.v1",
    version: 1,
    category: "pii",
    severity: "low",
    description: "A US street address with house number, street type, city, state and ZIP code ('42 Elm Street, Springfield, IL 62704').",
    target: "raw",
    pattern: new RegExp(
      String.raw`\b\d{1,6} (?:[A-Z][a-z]{1,20} ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy)\.?,? ` +
        String.raw`(?:(?:Apt|Suite|Unit|#) ?\w{1,6},? )?(?:[A-Z][a-z]{1,20} ){0,2}[A-Z][a-z]{1,20}, [A-Z]{2} \d{5}(?:-\d{4})?\b`,
    ),
    literals: ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Circle", "Parkway", "Pkwy", "Highway", "Hwy"],
    redactAs: "address",
    cases: {
      positive: ["My home address is 42 Elm Street, Springfield, IL 62704.", "Ship to 1600 Pennsylvania Ave, Washington, DC 20500"],
      negative: ["Elm Street is in Springfield, IL.", "The 3 Rivers Road race starts at 9."],
    },
  },
  {
    id: "pii.uk-bank-details.v1",
    version: 1,
    category: "pii",
    severity: "medium",
    description: "A UK bank account: an eight-digit account number next to a sort code.",
    target: "folded",
    pattern: /\b(?:account(?:\W+(?:number|no))?\W{1,4}\d{8}\W{1,6}sort\W+code\W{1,4}\d{2}-\d{2}-\d{2}|sort\W+code\W{1,4}\d{2}-\d{2}-\d{2}\W{1,6}(?:account(?:\W+(?:number|no))?\W{1,4})\d{8})\b/,
    literals: ["sort code"],
    redactAs: "account",
    cases: {
      positive: ["My bank account 12345678 sort code 12-34-56.", "Sort code: 20-00-00, account number: 55779911"],
      negative: ["What is a sort code used for?", "Sort code 12-34-56 belongs to which bank?"],
    },
  },
  {
    id: "pii.us-bank-details.v1",
    version: 1,
    category: "pii",
    severity: "medium",
    description: "A US bank account: an account number next to a routing number that passes the ABA checksum.",
    target: "folded",
    pattern: new RegExp(
      String.raw`\b(?:routing|aba|rtn)(?:\W+(?:number|no|#))?\W{1,4}(?<routing>\d{9})\b[^\n]{0,40}?\baccount(?:\W+(?:number|no|#))?\W{1,4}\d{4,17}\b` +
        String.raw`|\baccount(?:\W+(?:number|no|#))?\W{1,4}\d{4,17}\b[^\n]{0,40}?\b(?:routing|aba|rtn)(?:\W+(?:number|no|#))?\W{1,4}(?<routingAfter>\d{9})\b`,
    ),
    literals: ["routing", "aba", "rtn"],
    validate: (m) => abaRoutingValid(m.groups?.routing ?? m.groups?.routingAfter ?? ""),
    redactAs: "account",
    cases: {
      positive: ["Wire it to routing number 021000021, account 000123456789.", "Account no. 4417 8820 19 is wrong; use account 44178820 with ABA 011000015."],
      negative: ["Routing number 021000022 and account 000123456789 (a typo).", "What is a routing number and where is it on a check?"],
    },
  },
];
