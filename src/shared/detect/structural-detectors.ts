/**
 * The procedural detectors that count or compare rather than match one pattern, run on
 * each message next to the signature scan: many-shot dialogues, adversarial suffixes and
 * persona-jailbreak ingredients, misspelled overrides, glued repeats, token salads (input), planted requests at the edges of a quoted
 * document (user turns with one), requests for facts the operator's prompt protects and
 * requests that call off the one task it declares (user turns), and those facts leaking
 * in answers (assistant turns).
 */
import type { Direction } from "../schemas/common";
import type { Role } from "../schemas/inspect";
import { findAdversarialSuffix } from "./adversarial-suffix";
import { findOffTaskEdge } from "./document-boundaries";
import { findJailbreakIngredients } from "./jailbreak-cues";
import { findManyShot } from "./many-shot";
import { findMisspelledOverride } from "./misspelled-override";
import { findRepeatedChunk } from "./repeated-chunk";
import { findTokenSalad } from "./token-salad";
import type { ProtectedFacts } from "./protected-facts/declarations";
import { findProtectedValueLeak } from "./protected-facts/leaks";
import { findProtectedFactRequests } from "./protected-facts/requests";
import { findObfuscatedHarm } from "./obfuscated-harm";
import { findReassignedRole } from "./protected-facts/scope";
import { findAbandonedTask } from "./protected-facts/task";
import type { Hit } from "./scan";
import type { TextView } from "./view-builder";
import type { WorkMeter } from "./work-meter";

export interface StructuralInput {
  text: string;
  views: readonly TextView[];
  role: Role;
  direction: Direction;
  /** Raw offset where untrusted content starts (Infinity: none). */
  untrustedFrom: number;
  protectedFacts: ProtectedFacts;
}

export function structuralHits(input: StructuralInput, meter: WorkMeter): Hit[] {
  const { views, role, direction } = input;
  const found: Array<Hit | null> = [findManyShot(input.text, meter)];
  if (direction === "input") {
    found.push(
      findAdversarialSuffix(views, meter),
      findJailbreakIngredients(views, meter),
      findMisspelledOverride(views, meter),
      findRepeatedChunk(views, meter),
      findTokenSalad(views, meter),
      findObfuscatedHarm(views, meter),
    );
    if (role === "user") {
      if (input.untrustedFrom < Number.POSITIVE_INFINITY) found.push(findOffTaskEdge(views, meter));
      found.push(
        ...findProtectedFactRequests(input.protectedFacts, views, meter),
        findAbandonedTask(input.protectedFacts.task, views, meter),
        findReassignedRole(input.protectedFacts.fenced, views, meter),
      );
    }
  } else if (role === "assistant") {
    found.push(findProtectedValueLeak(input.protectedFacts, views, meter));
  }
  return found.filter((hit): hit is Hit => hit !== null);
}
