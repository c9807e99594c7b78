/**
 * Word classes for the shape of an attack rather than one source's phrasing: "ignore the
 * previous instructions", "disregard all prior rules" and "forget what you were told"
 * share a class sequence (dismiss → earlier → instructions) even when they share no
 * n-gram. The model sees each class at its token and ordered class pairs a few tokens
 * apart (features.ts), so a paraphrase seen in one source transfers to another.
 *
 * Hand-written here (never taken from a dataset), lowercase as in the view, with the
 * most common inflections spelled out. A few high-frequency translations sit in the
 * lists below; the core classes in 25 languages are in lexicon-translations.ts (v8), so
 * translated injections share classes with English ones.
 */
import { TRANSLATIONS } from "./lexicon-translations";

const CLASSES: Readonly<Record<string, string>> = {
  dismiss:
    "ignore ignoring ignored disregard disregarding forget forgetting override overriding bypass bypassing skip discard " +
    "abandon neglect overlook omit nullify void cancel drop ditch scrap erase delete ignora ignoriere ignorieren ignorez " +
    "ignorer ignorar olvida oublie oubliez vergiss vergessen ignorare dimentica игнорируй игнорировать забудь",
  earlier:
    "previous prior above earlier preceding initial original old former foregoing aforementioned existing current " +
    "anteriores anterior précédentes précédente vorherigen vorherige obigen precedenti предыдущие",
  instructions:
    "instructions instruction rules rule guidelines guideline directives directive prompt prompts constraints restrictions " +
    "restriction policies policy programming orders commands command context guardrails safeguards filters limitations " +
    "directions settings configuration instrucciones instrucción instructions consignes anweisungen anweisung regeln " +
    "istruzioni regole инструкции правила",
  you: "you your yours yourself youre u ur tu vous sie ты вы",
  assistant: "assistant ai model chatbot bot gpt chatgpt llm claude gemini language system machine",
  reveal:
    "reveal print output show display repeat tell disclose leak dump share list expose echo recite spell write provide " +
    "return give translate summarize summarise revela muestra affiche zeige",
  secret:
    "password passwords secret secrets key keys token tokens credentials passphrase passcode code hidden confidential " +
    "private internal pin contraseña passwort пароль",
  persona:
    "pretend roleplay role act acting persona character simulate simulation imagine hypothetical fictional story mode " +
    "dan jailbreak jailbroken unfiltered uncensored unrestricted unlimited evil developer opposite",
  now: "now henceforth onwards onward anymore longer ahora maintenant jetzt",
  force: "must always never only instead immediately strictly absolutely mandatory required obey comply follow",
  refusal:
    "refuse refusal refusing decline cannot cant wont censor censored censorship moral morals ethical ethics " +
    "warnings disclaimers apologize sorry filter filtered limits boundaries",
  begin: "begin start respond reply answer say format json markdown prefix",
  access: "access granted unlock unlocked admin administrator sudo root authorized authorization authenticate",
  urgent: "important urgent attention note warning alert notice critical emergency",
  new: "new updated real actual true revised different additional",
  document: "email document text article message page website content data input passage file table",
  harm:
    "bomb bombs explosive explosives detonate detonator meth methamphetamine cocaine heroin fentanyl poison poisoning " +
    "toxin ricin sarin anthrax bioweapon pathogen napalm thermite molotov malware ransomware keylogger trojan botnet " +
    "phishing hack hacking steal stealing weapon weapons firearm untraceable kill killing murder launder laundering " +
    "counterfeit smuggle smuggling trafficking kidnap extort blackmail stalk ddos",
  method:
    "step steps recipe tutorial guide walkthrough detailed exact precise specific quantities ingredients procedure " +
    "blueprint synthesize synthesis manufacture assemble build make cook",
};

export const CLASS_COUNT = Object.keys(CLASSES).length;

/** One lexicon entry: its class (1-based) and how it is written. */
export interface LexiconEntry {
  cls: number;
  text: string;
}

/** Every entry, English first, then the translations (lexicon-translations.ts) language by language. */
export function lexiconEntries(): LexiconEntry[] {
  const names = Object.keys(CLASSES);
  const entries: LexiconEntry[] = [];
  names.forEach((name, i) => {
    for (const text of (CLASSES[name] ?? "").split(" ")) if (text !== "") entries.push({ cls: i + 1, text });
  });
  for (const [language, classes] of Object.entries(TRANSLATIONS)) {
    for (const [name, list] of Object.entries(classes)) {
      const cls = names.indexOf(name) + 1;
      if (cls === 0) throw new Error(`${language}: unknown word class ${name}`);
      for (const text of list.split(",")) if (text.trim() !== "") entries.push({ cls, text: text.trim() });
    }
  }
  return entries;
}

/** Open-addressing table from word hash to class: a typed-array probe per token, not a Map lookup. */
export interface ClassTable {
  readonly keys: Uint32Array;
  readonly classes: Uint8Array;
  readonly mask: number;
}

/** A table of `classes` (unsigned hash → class id, 1-based), keyed the way the tokenizer hashes. */
export function classTable(classes: ReadonlyMap<number, number>): ClassTable {
  // A quarter full: probes stay short. Key 0 marks an empty slot (a word hashing to 0 is dropped).
  let size = 1;
  while (size < classes.size * 4) size *= 2;
  const table = { keys: new Uint32Array(size), classes: new Uint8Array(size), mask: size - 1 };
  for (const [key, cls] of classes) {
    if (key === 0) continue;
    let slot = key & table.mask;
    while (table.keys[slot] !== 0) slot = (slot + 1) & table.mask;
    table.keys[slot] = key;
    table.classes[slot] = cls;
  }
  return table;
}

/** The class of the word with hash `key` (unsigned), 0 when it has none. */
export function classOf(table: ClassTable, key: number): number {
  for (let slot = key & table.mask; ; slot = (slot + 1) & table.mask) {
    const k = table.keys[slot] as number;
    if (k === key) return table.classes[slot] as number;
    if (k === 0) return 0;
  }
}
