/** Every built-in signature pack, in one list the engine compiles. */
import { AGENT_ABUSE } from "./agent-abuse";
import { AGENT_ACTIONS } from "./agent-actions";
import { AGENT_REQUESTS } from "./agent-requests";
import { CONTENT_OVERRIDE } from "./content-override";
import { CONTEXT_RESETS } from "./context-resets";
import { CONTEXT_EXTRACTION } from "./context-extraction";
import { CROSS_USER_DATA } from "./cross-user-data";
import { COVERT_INSTRUCTIONS } from "./covert-instructions";
import { COVERT_INSTRUCTIONS_INTL } from "./covert-instructions-intl";
import { DICTATED_ANSWERS } from "./dictated-answers";
import { DOCUMENT_ADDRESSEE } from "./document-addressee";
import { DOCUMENT_INJECTION } from "./document-injection";
import { DOCUMENT_RELAYS } from "./document-relays";
import { EXFILTRATION } from "./exfiltration";
import { EXTRACTION } from "./extraction";
import { SECRET_EXTRACTION } from "./secret-extraction";
import { FILTER_EVASION } from "./filter-evasion";
import { FIXED_REPLIES_INTL } from "./fixed-replies-intl";
import { FORMAT_EXTRACTION } from "./format-extraction";
import { RECALL_EXTRACTION } from "./recall-extraction";
import { HIJACKING } from "./hijacking";
import { HOST_SECRETS } from "./host-secrets";
import { JAILBREAK } from "./jailbreak";
import { JAILBREAK_CLASSICS } from "./jailbreak-classics";
import { JAILBREAK_COMPLIANCE } from "./jailbreak-compliance";
import { JAILBREAK_FRAMING } from "./jailbreak-framing";
import { JAILBREAK_FREEDOMS } from "./jailbreak-freedoms";
import { JAILBREAK_INVERSIONS } from "./jailbreak-inversions";
import { JAILBREAK_PERSONAS } from "./jailbreak-personas";
import { JAILBREAK_REFUSAL } from "./jailbreak-refusal";
import { JAILBREAK_SMUGGLING } from "./jailbreak-smuggling";
import { JAILBREAK_SWITCHES } from "./jailbreak-switches";
import { JAILBREAK_TECHNIQUES } from "./jailbreak-techniques";
import { JAILBREAK_TACTICS } from "./jailbreak-tactics";
import { CLAIMED_UPDATES } from "./claimed-updates";
import { READER_ADDRESS } from "./reader-address";
import { REFUSALS_INTL } from "./refusals-intl";
import { READER_ADDRESS_INTL } from "./reader-address-intl";
import { READER_NOTES_INTL } from "./reader-notes-intl";
import { HIDDEN_ADDRESS_INTL } from "./hidden-address-intl";
import { HIDDEN_LINKS } from "./hidden-links";
import { AI_ROLE_LABELS } from "./ai-role-labels";
import { BANNER_LABELS } from "./banner-labels";
import { MEMORY_POISONING } from "./memory-poisoning";
import { SECRET_GAMES } from "./secret-games";
import { LAPSED_INSTRUCTIONS } from "./lapsed-instructions";
import { MALICIOUS_CODE } from "./malicious-code";
import { MULTILINGUAL } from "./multilingual";
import { MULTILINGUAL_DOCUMENTS } from "./multilingual-documents";
import { MULTILINGUAL_EXTRACTION } from "./multilingual-extraction";
import { MULTILINGUAL_VERBATIM } from "./multilingual-verbatim";
import { MULTILINGUAL_SECRET_INSTRUCTIONS } from "./multilingual-secret-instructions";
import { MULTILINGUAL_FRAMING } from "./multilingual-framing";
import { MULTILINGUAL_JAILBREAK } from "./multilingual-jailbreak";
import { MULTILINGUAL_RULES_REMOVED } from "./multilingual-rules-removed";
import { MULTILINGUAL_REVOKED } from "./multilingual-revoked";
import { MULTILINGUAL_RECEIVED } from "./multilingual-received";
import { MULTILINGUAL_SWITCHES } from "./multilingual-switches";
import { OBJECTIVE_HIJACKS } from "./objective-hijacks";
import { OPERATOR_OVERRIDES } from "./operator-overrides";
import { MULTILINGUAL_SECRET_GAMES } from "./multilingual-secret-games";
import { MULTILINGUAL_SECRETS } from "./multilingual-secrets";
import { MULTILINGUAL_TOLD } from "./multilingual-told";
import { OVERRIDE_INFINITIVE } from "./override-infinitive";
import { MULTILINGUAL_PROMPT_OPENING } from "./multilingual-prompt-opening";
import { OUTCOME_INJECTION } from "./outcome-injection";
import { OUTPUT_LEAKS } from "./output-leaks";
import { PERSONA_HARM } from "./persona-harm";
import { PII } from "./pii";
import { PII_NATIONAL } from "./pii-national";
import { PREAPPROVED_ACTIONS_INTL } from "./preapproved-actions-intl";
import { PLAIN_EXTRACTION } from "./plain-extraction";
import { PLAIN_OVERRIDES } from "./plain-overrides";
import { PROMPT_INJECTION } from "./prompt-injection";
import { PROVIDER_SECRETS } from "./secrets-providers";
import { SECRETS } from "./secrets";
import { SOCIAL_EXTRACTION } from "./social-extraction";
import { SPLICED_CODE } from "./spliced-code";
import { STRUCTURE } from "./structure";
import { TASK_HIJACKS } from "./task-hijacks";
import { TOOL_ABUSE } from "./tool-abuse";
import type { BuiltinSignature } from "./types";

export const BUILTIN_SIGNATURES: readonly BuiltinSignature[] = [
  ...PROMPT_INJECTION,
  ...PLAIN_OVERRIDES,
  ...LAPSED_INSTRUCTIONS,
  ...CLAIMED_UPDATES,
  ...READER_ADDRESS,
  ...REFUSALS_INTL,
  ...READER_ADDRESS_INTL,
  ...READER_NOTES_INTL,
  ...HIDDEN_ADDRESS_INTL,
  ...HIDDEN_LINKS,
  ...AI_ROLE_LABELS,
  ...SECRET_GAMES,
  ...MEMORY_POISONING,
  ...TASK_HIJACKS,
  ...OUTCOME_INJECTION,
  ...HIJACKING,
  ...MULTILINGUAL,
  ...MULTILINGUAL_TOLD,
  ...OVERRIDE_INFINITIVE,
  ...MULTILINGUAL_PROMPT_OPENING,
  ...MULTILINGUAL_JAILBREAK,
  ...MULTILINGUAL_RULES_REMOVED,
  ...MULTILINGUAL_FRAMING,
  ...MULTILINGUAL_REVOKED,
  ...MULTILINGUAL_SWITCHES,
  ...MULTILINGUAL_RECEIVED,
  ...OPERATOR_OVERRIDES,
  ...OBJECTIVE_HIJACKS,
  ...CONTEXT_RESETS,
  ...MULTILINGUAL_EXTRACTION,
  ...MULTILINGUAL_VERBATIM,
  ...MULTILINGUAL_SECRET_INSTRUCTIONS,
  ...MULTILINGUAL_DOCUMENTS,
  ...DOCUMENT_INJECTION,
  ...DOCUMENT_ADDRESSEE,
  ...DOCUMENT_RELAYS,
  ...DICTATED_ANSWERS,
  ...COVERT_INSTRUCTIONS,
  ...COVERT_INSTRUCTIONS_INTL,
  ...CONTENT_OVERRIDE,
  ...STRUCTURE,
  ...SPLICED_CODE,
  ...JAILBREAK,
  ...JAILBREAK_CLASSICS,
  ...JAILBREAK_FRAMING,
  ...JAILBREAK_FREEDOMS,
  ...JAILBREAK_INVERSIONS,
  ...JAILBREAK_REFUSAL,
  ...JAILBREAK_PERSONAS,
  ...JAILBREAK_COMPLIANCE,
  ...JAILBREAK_TACTICS,
  ...JAILBREAK_SWITCHES,
  ...JAILBREAK_TECHNIQUES,
  ...JAILBREAK_SMUGGLING,
  ...FILTER_EVASION,
  ...BANNER_LABELS,
  ...CROSS_USER_DATA,
  ...FIXED_REPLIES_INTL,
  ...PREAPPROVED_ACTIONS_INTL,
  ...PERSONA_HARM,
  ...EXTRACTION,
  ...SECRET_EXTRACTION,
  ...PLAIN_EXTRACTION,
  ...CONTEXT_EXTRACTION,
  ...SOCIAL_EXTRACTION,
  ...FORMAT_EXTRACTION,
  ...RECALL_EXTRACTION,
  ...MULTILINGUAL_SECRETS,
  ...MULTILINGUAL_SECRET_GAMES,
  ...EXFILTRATION,
  ...TOOL_ABUSE,
  ...HOST_SECRETS,
  ...MALICIOUS_CODE,
  ...AGENT_ABUSE,
  ...AGENT_ACTIONS,
  ...AGENT_REQUESTS,
  ...SECRETS,
  ...PROVIDER_SECRETS,
  ...PII,
  ...PII_NATIONAL,
  ...OUTPUT_LEAKS,
];
