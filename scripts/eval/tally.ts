/**
 * Counts behind every rate in the report. Attacks, harmful requests and benign prompts
 * are counted apart so that no single rate mixes them.
 */
import { isHarmfulRequest } from "./dataset";
import { isDetected, type Outcome } from "./inspect-records";

export interface Tally {
  attacks: number;
  attacksDetected: number;
  harmful: number;
  harmfulDetected: number;
  benign: number;
  benignFlagged: number;
  benignBlocked: number;
}

export const emptyTally = (): Tally => ({
  attacks: 0, attacksDetected: 0, harmful: 0, harmfulDetected: 0, benign: 0, benignFlagged: 0, benignBlocked: 0,
});

export function addOutcome(tally: Tally, outcome: Outcome): void {
  const detected = isDetected(outcome.verdict);
  const record = outcome.record;
  if (record.label === "benign") {
    tally.benign++;
    if (detected) tally.benignFlagged++;
    if (outcome.verdict === "block") tally.benignBlocked++;
  } else if (isHarmfulRequest(record)) {
    tally.harmful++;
    if (detected) tally.harmfulDetected++;
  } else {
    tally.attacks++;
    if (detected) tally.attacksDetected++;
  }
}

export function tallyOf(outcomes: Iterable<Outcome>): Tally {
  const tally = emptyTally();
  for (const outcome of outcomes) addOutcome(tally, outcome);
  return tally;
}

/** One tally per key, keys in first-seen order; `key` returning undefined skips the outcome. */
export function tallyBy(outcomes: Iterable<Outcome>, key: (outcome: Outcome) => string | undefined): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const outcome of outcomes) {
    const name = key(outcome);
    if (name === undefined) continue;
    let tally = groups.get(name);
    if (tally === undefined) groups.set(name, (tally = emptyTally()));
    addOutcome(tally, outcome);
  }
  return groups;
}

/** A rate with its counts; `undefined` when there is nothing to divide by. */
export function rate(hits: number, total: number): number | undefined {
  return total === 0 ? undefined : hits / total;
}
