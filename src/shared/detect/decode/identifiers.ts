/**
 * Overrides written as one identifier (`IgnoreAllPreviousInstructions`,
 * `ignore_all_previous_instructions()`, `revealYourSystemPrompt`): code-shaped text keeps
 * every word filter from seeing the words, while a model reads them as a sentence. Only
 * identifiers of three or more words that contain a dismissal or disclosure word are
 * split, so ordinary code costs one search for the triggers and adds no view.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import { isAsciiWordUnit } from "../unicode/char-classes";
import type { WorkMeter } from "../work-meter";

/**
 * Words whose identifiers are worth reading as a sentence, lowercase; the folded text
 * must contain one before any identifier is looked for.
 */
const TRIGGERS = ["ignore", "disregard", "forget", "override", "bypass", "reveal", "jailbreak", "instruction"] as const;
/**
 * snake_case (`_` between three or more parts) or camelCase / PascalCase (three or more
 * humps), tried only at the start of a run of identifier characters. In such a run the
 * regex can only match from its first character (the lookbehind fails everywhere else),
 * so one attempt per run tells everything a scan over the text would.
 */
const IDENTIFIER = /(?<![A-Za-z0-9_])(?:[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+){2,}|[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+){2,})/y;
const TRIGGER_WORD = new RegExp(TRIGGERS.join("|"), "i");
/** One search for all the triggers: half the time of one `includes` per trigger on a long text. */
const TRIGGER_IN_FOLDED = new RegExp(TRIGGERS.join("|"));
/** Every trigger, any case: only the runs that hold one are tried. */
const TRIGGER_WORDS = new RegExp(TRIGGERS.join("|"), "gi");
/** Identifiers read per source; past this it is a code dump, not a hidden sentence. */
const MAX_IDENTIFIERS = 16;

/**
 * The source's trigger-bearing identifiers split into words, joined with spaces in one
 * view whose characters map back to the identifiers; nothing when there are none.
 * `folded` is the source's lowercase view, used only for the trigger check. Identifiers
 * are looked for only around the triggers' occurrences: a long text with one "ignore"
 * costs one run, not one regex attempt per word.
 */
export function decodeIdentifiers(source: TextView, folded: string, meter: WorkMeter): TextView[] {
  if (!TRIGGER_IN_FOLDED.test(folded)) return [];
  const text = source.text;
  meter.add(text.length);
  const writer = new ViewWriter(64);
  let count = 0;
  let previousEnd = -1;
  let runEnd = -1;
  TRIGGER_WORDS.lastIndex = 0;
  for (let trigger = TRIGGER_WORDS.exec(text); trigger !== null && count < MAX_IDENTIFIERS; trigger = TRIGGER_WORDS.exec(text)) {
    // A later trigger in a run already tried adds nothing.
    if (trigger.index < runEnd) continue;
    let runStart = trigger.index;
    while (runStart > 0 && isAsciiWordUnit(text.charCodeAt(runStart - 1))) runStart--;
    runEnd = trigger.index;
    while (runEnd < text.length && isAsciiWordUnit(text.charCodeAt(runEnd))) runEnd++;
    TRIGGER_WORDS.lastIndex = Math.max(TRIGGER_WORDS.lastIndex, runEnd);
    IDENTIFIER.lastIndex = runStart;
    const found = IDENTIFIER.exec(text);
    if (found === null || !TRIGGER_WORD.test(found[0])) continue;
    if (previousEnd >= 0) writer.push(" ", rawStartOf(source, previousEnd), rawEndOf(source, Math.max(previousEnd, found.index - 1)));
    writeWords(writer, source, found[0], found.index);
    previousEnd = found.index + found[0].length;
    count++;
  }
  return count === 0 ? [] : [writer.finish("decoded:identifier", "raw", 0.9, source.depth + 1)];
}

/** Writes `identifier` with a space at each `_` run and before each hump's capital. */
function writeWords(writer: ViewWriter, source: TextView, identifier: string, at: number): void {
  for (let i = 0; i < identifier.length; i++) {
    const unit = identifier.charCodeAt(i);
    const rawStart = rawStartOf(source, at + i);
    const rawEnd = rawEndOf(source, at + i);
    if (unit === 0x5f) {
      if (identifier.charCodeAt(i - 1) !== 0x5f) writer.pushUnit(0x20, rawStart, rawEnd);
      continue;
    }
    if (i > 0 && isUpper(unit) && !isUpper(identifier.charCodeAt(i - 1)) && identifier.charCodeAt(i - 1) !== 0x5f) writer.pushUnit(0x20, rawStart, rawStart);
    writer.pushUnit(unit, rawStart, rawEnd);
  }
}

function isUpper(unit: number): boolean {
  return unit >= 0x41 && unit <= 0x5a;
}
