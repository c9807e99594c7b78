/**
 * Overrides written as one identifier (`IgnoreAllPreviousInstructions`,
 * `ignore_all_previous_instructions()`, `revealYourSystemPrompt`): code-shaped text keeps
 * every word filter from seeing the words, while a model reads them as a sentence. Only
 * identifiers of three or more words that contain a dismissal or disclosure word are
 * split, so ordinary code costs one substring check per trigger and adds no view.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

/**
 * Words whose identifiers are worth reading as a sentence, lowercase; the folded text
 * must contain one before any identifier is looked for.
 */
const TRIGGERS = ["ignore", "disregard", "forget", "override", "bypass", "reveal", "jailbreak", "instruction"] as const;
/**
 * snake_case (`_` between three or more parts) or camelCase / PascalCase (three or more
 * humps). The lookbehind starts a match only at a word's first character, so a long
 * alphanumeric run is read once, not once per position.
 */
const IDENTIFIER = /(?<![A-Za-z0-9_])(?:[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+){2,}|[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+){2,})/g;
const TRIGGER_WORD = new RegExp(TRIGGERS.join("|"), "i");
/** Identifiers read per source; past this it is a code dump, not a hidden sentence. */
const MAX_IDENTIFIERS = 16;

/**
 * The source's trigger-bearing identifiers split into words, joined with spaces in one
 * view whose characters map back to the identifiers; nothing when there are none.
 * `folded` is the source's lowercase view, used only for the trigger check.
 */
export function decodeIdentifiers(source: TextView, folded: string, meter: WorkMeter): TextView[] {
  if (!TRIGGERS.some((trigger) => folded.includes(trigger))) return [];
  const text = source.text;
  meter.add(text.length);
  const writer = new ViewWriter(64);
  let count = 0;
  let previousEnd = -1;
  IDENTIFIER.lastIndex = 0;
  for (let found = IDENTIFIER.exec(text); found !== null && count < MAX_IDENTIFIERS; found = IDENTIFIER.exec(text)) {
    if (!TRIGGER_WORD.test(found[0])) continue;
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
