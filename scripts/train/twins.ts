/**
 * BIPIA's injected documents are clean documents with a payload inserted at the start
 * or end of the context, and most of their clean twins are in the benign files. A clean
 * twin must not calibrate a model trained on its injected copy: the model would have
 * memorized that email as "attack" and the calibration FPR would measure memory, not
 * the wrapper; for the same reason a random split keeps twins on the same side. Twins
 * are found by text: the clean text is the injected text minus one
 * inserted span (common prefix + common suffix cover all of it).
 */
import type { EvalRecord } from "../eval/dataset";

/** Slack for whitespace BIPIA adds around the inserted payload. */
const SLACK = 8;

/** Clean document id → id of its injected copy. */
export function injectedTwins(records: readonly EvalRecord[]): Map<string, string> {
  const injected = records.filter((r) => r.label === "attack" && r.file.startsWith("bipia_"));
  const twins = new Map<string, string>();
  for (const clean of records) {
    if (clean.label !== "benign" || !clean.file.startsWith("bipia_")) continue;
    const doc = injected.find((d) => isInsertionOf(clean.text, d.text));
    if (doc !== undefined) twins.set(clean.id, doc.id);
  }
  return twins;
}

function isInsertionOf(clean: string, doc: string): boolean {
  if (doc.length <= clean.length) return false;
  let prefix = 0;
  while (prefix < clean.length && clean.charCodeAt(prefix) === doc.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < clean.length - prefix && clean.charCodeAt(clean.length - 1 - suffix) === doc.charCodeAt(doc.length - 1 - suffix)) suffix++;
  return prefix + suffix >= clean.length - SLACK;
}
