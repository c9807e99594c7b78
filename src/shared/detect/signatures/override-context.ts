/**
 * Why a match of `pi.override.v1` ("ignore … previous instructions") may mean something
 * else than an override of the model: software's defaults, an override described rather than
 * ordered, the user's own earlier instructions, a thing's instructions (a card, a wiki page,
 * a notice posted somewhere), a notice addressed to people, or the phrase quoted to be
 * discussed. Each test reads only the words around the match.
 */
import { describedAsBehaviour } from "./pattern-kit";
import { quotedMention } from "./quoted-mention";

/**
 * "Override the default settings", "bypass the default filters in Excel": software's
 * defaults, not the model's instructions. Such a match counts only when it says "your".
 */
const SOFTWARE_DEFAULTS =
  /^(?:overrid(?:e|ing)|bypass(?:ing)?|skip(?:ping)?)\W+(?:\w+\W+){0,5}?(?:default|existing|preset|old|original)\W+(?:\w+\W+){0,5}?(?:settings?|filters?|configuration|text|content|inputs?|messages?|tasks?|context|conversation)$/;

/**
 * "Set `SYSTEM_PROMPT` in `.env` to override the default instructions": a setting that
 * overrides the software's defaults, told in its documentation.
 */
const SETTING_OVERRIDES_DEFAULTS = /^overrid(?:e|ing)\W+(?:the|its|their)\W+(?:built-?in\W+|default\W+)(?:\w+\W+)?(?:instructions|prompt|system\W+prompt|behaviou?r|rules)$/;
const SET_TO = /\b(?:set|use|configure|change|edit|pass|add|provide|export|define)\b(?:(?!\byou\b)(?:[^.\n]|\.(?=\S))){0,60}\bto\W+$/;

function softwareDefaults(m: RegExpExecArray): boolean {
  if (/\byour\b/.test(m[0])) return false;
  return SOFTWARE_DEFAULTS.test(m[0]) || (SETTING_OVERRIDES_DEFAULTS.test(m[0]) && SET_TO.test(m.input.slice(Math.max(0, m.index - 80), m.index)));
}

/**
 * A third-person subject right before the verb, in the same clause: the sentence describes an
 * override, it does not give one ("inputs that override …"; but "Forget that. Ignore …" orders).
 */
const DESCRIBED_BY_SUBJECT = /\b(?:that|which|who|attackers?|adversaries|inputs?|payloads?|injections?|users?\s+(?:can|could|may|might|try\s+to)|they\s+(?:can|could|may|might|try\s+to))\s{1,3}$/;

/** "Inputs that override…", "my bot keeps ignoring its system instructions": reported, not ordered. */
function described(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 24), m.index);
  return (
    DESCRIBED_BY_SUBJECT.test(before) ||
    describedAsBehaviour(m) ||
    (/^\w+ing\b/.test(m[0]) && /\b(?:keeps?|kept|is|are|was|were|been|stops?|stopped)\W+(?:on\W+)?$/.test(before))
  );
}

/** "Ignore the previous instructions I gave you about word count": the user takes back their own. */
function usersOwnInstructions(m: RegExpExecArray): boolean {
  return /^\W+(?:that\W+|which\W+)?(?:i|we)\W+(?:just\W+)?(?:gave|wrote|sent|typed|asked|listed|mentioned|pasted|added)\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 32));
}

/**
 * A thing's instructions, not the model's: the noun heads a compound ("the previous
 * instruction card", "the earlier order sheet") or is placed in a document ("previous
 * instructions in the wiki", "the earlier order for room 12").
 */
const A_THINGS_INSTRUCTIONS = new RegExp(
  `^\\W+(?:${["card", "cards", "sheet", "sheets", "manual", "booklet", "leaflet", "label", "labels", "sticker", "video", "book", "kit"].join("|")})\\b` +
    `|^\\W+(?:in|on|from)\\W+(?:the|this|that|our)\\W+(?:${["wiki", "manual", "guide", "docs?", "documentation", "readme", "handbook", "e-?mail", "memo", "letter", "chart", "itinerary", "recipe", "box", "card", "sheet", "form", "post", "thread", "channel", "notice"].join("|")})\\b` +
    `|^\\W+for\\W+(?:room|bed|table|order|ticket|patient|unit|flat|apartment|the\\W+(?:\\w+\\W+)?(?:shift|team|kitchen|office|trip|event))\\b` +
    // Described by what they said: "any earlier guidance that mentioned a 1 March deadline".
    `|^\\W+(?:that|which)\\W+(?:mentioned|said|listed|gave|showed|named|referred\\W+to|went\\W+out)\\b` +
    // Or by what they allowed: "previous guidance that allowed 10 kg on regional flights".
    `|^\\W+(?:that|which)\\W+(?:allowed|permitted|stated|covered)\\W+(?!you\\b|the\\W+(?:ai|assistant|model|bot)\\b)` +
    // About a thing in the room: "forget the old rules about the slide", "earlier instructions for the printer".
    `|^\\W+(?:about|for|on|regarding)\\W+(?:the|this|that|our|your|a|an)\\W+(?:${["slide", "swings", "playground", "pool", "printer", "coffee\\W+machine", "kitchen", "fridge", "parking", "car\\W+park", "garage", "gym", "lift", "elevator", "bus", "shuttle", "lockers?", "bins?", "recycling", "laundry", "oven", "dishwasher", "thermostat", "alarm", "front\\W+door", "canteen", "library"].join("|")})\\b` +
    // Given by a department: "ignore previous instructions from IT, use this new portal".
    `|^\\W+from\\W+(?:it|hr|payroll|facilities|management|the\\W+(?:it|hr|help\\W?desk|service\\W+desk|front\\W+desk|office|school|landlord|bank|council|airline|ministry|government|authorities|department|regulator|board|principal|city|municipality|head\\W+office|management))\\b` +
    // Placed somewhere: "the old instructions posted in the storage room", "the rules taped to the fridge".
    `|^\\W+(?:posted|pinned|printed|taped|stuck|hung|hanging|displayed|written|listed)\\W+(?:in|on|at|by|near|to|next\\W+to|inside)\\W+(?:the|this|that|our|your|each|every)\\b`,
);

/**
 * A notice's vocative names its readers, people: "Parents, please disregard the earlier
 * message", "Team: ignore the old rota". A model is addressed as "assistant", "AI" or "bot".
 */
const ADDRESSED_TO_PEOPLE = new RegExp(
  `(?:^|[.!?:;\\n"“'«(]\\s*)(?:(?:dear|hi|hello|hey)\\W+)?(?:(?:all|our)\\W+)?` +
    `(?:${["parents", "team", "everyone", "everybody", "all", "folks", "staff", "employees", "students", "class", "drivers", "residents", "tenants", "guests", "customers", "colleagues", "members", "volunteers", "players", "neighbou?rs", "attendees", "participants", "passengers", "visitors", "managers", "nurses", "teachers", "contractors", "cleaners"].join("|")})` +
    `\\s{0,2}[,:!—–-]\\s{0,3}(?:please\\W+|kindly\\W+)?$`,
);

/**
 * An e-mail's subject line whose body greets people: "Subject: New VPN — forget the old
 * instructions" above "Hello everyone,". The order is the mail's, to its readers; a mail
 * planted for an AI names it ("AI assistant: …") or its instructions ("your").
 */
const SUBJECT_LINE = /(?:^|\n)[ \t]{0,3}(?:subject|subj|re|fwd?|betreff|objet|asunto|assunto|oggetto|onderwerp)[ \t]{0,2}:[^\n]{0,100}$/;
const GREETS_PEOPLE_NEXT = new RegExp(
  `^[^\\n]{0,100}\\n(?:[ \\t]*\\n){0,2}[ \\t]{0,3}(?:dear|hi|hello|hey|good\\W+(?:morning|afternoon|evening))\\W+(?:${["all", "everyone", "everybody", "team", "colleagues", "folks", "staff", "parents", "students", "residents", "tenants", "members", "customers", "guests"].join("|")})\\b`,
);

function addressedToPeople(m: RegExpExecArray): boolean {
  if (ADDRESSED_TO_PEOPLE.test(m.input.slice(Math.max(0, m.index - 48), m.index))) return true;
  return (
    !/\byour\b/.test(m[0]) &&
    SUBJECT_LINE.test(m.input.slice(Math.max(0, m.index - 120), m.index)) &&
    GREETS_PEOPLE_NEXT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 200))
  );
}

/** True when the override match is one of the things above, not an order to the model. */
export function overrideMeansSomethingElse(m: RegExpExecArray): boolean {
  return (
    softwareDefaults(m) ||
    quotedMention(m) ||
    described(m) ||
    usersOwnInstructions(m) ||
    addressedToPeople(m) ||
    A_THINGS_INSTRUCTIONS.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))
  );
}
