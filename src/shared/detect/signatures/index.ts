/** Every built-in signature pack, in one list the engine compiles. */
import { EXTRACTION } from "./extraction";
import { JAILBREAK } from "./jailbreak";
import { PII } from "./pii";
import { PROMPT_INJECTION } from "./prompt-injection";
import { SECRETS } from "./secrets";
import type { BuiltinSignature } from "./types";

export const BUILTIN_SIGNATURES: readonly BuiltinSignature[] = [
  ...PROMPT_INJECTION,
  ...JAILBREAK,
  ...EXTRACTION,
  ...SECRETS,
  ...PII,
];
