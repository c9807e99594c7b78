/**
 * Structural detectors that count rather than match: many-shot fake dialogues, where a
 * prompt stuffs dozens of invented user/assistant exchanges to steer the model by
 * example (Anil et al., "Many-shot jailbreaking", 2024).
 */
import type { CompiledSignature } from "./compiled-signature";
import { detectorSignature } from "./detector-signature";
import type { Hit } from "./scan";
import type { WorkMeter } from "./work-meter";

export const MANY_SHOT_SIGNATURE: CompiledSignature = detectorSignature("struct.many-shot.v1", 1, "jailbreak", "medium");

// A dialogue turn label at the start of a line: "User:", "Human:", "Assistant:", "AI:", "Q:", "A:".
const TURN = /^[ \t>*_]*(user|human|assistant|ai|bot|model|q|a)[ \t*_]*:/gim;
/** Turns (of both speakers) before a pasted dialogue counts as many-shot. */
const MANY_SHOT_TURNS = 16;

/** A many-shot hit over the span of the fake dialogue, if the text is one. */
export function findManyShot(text: string, meter: WorkMeter): Hit | null {
  meter.add(text.length);
  TURN.lastIndex = 0;
  let turns = 0;
  let switches = 0;
  let previousAsker: boolean | null = null;
  let first = -1;
  let last = -1;
  for (let m = TURN.exec(text); m !== null; m = TURN.exec(text)) {
    const label = (m[1] ?? "").toLowerCase();
    const asker = label === "user" || label === "human" || label === "q";
    if (previousAsker !== null && asker !== previousAsker) switches++;
    previousAsker = asker;
    turns++;
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (turns < MANY_SHOT_TURNS || switches < MANY_SHOT_TURNS / 2) return null;
  return { signature: MANY_SHOT_SIGNATURE, viewName: "raw", confidence: 1, start: first, end: last, viewStart: first, viewEnd: last };
}
