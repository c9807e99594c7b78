/**
 * Risk per category + policy → verdict. Attack-family categories are judged on their
 * pooled risk (an injection and a jailbreak persona in one prompt reinforce each other);
 * every other category on its own risk. A category's action applies once its risk
 * reaches its threshold: the category rule's `threshold` if set, else `flag_threshold`
 * for flag/redact and `block_threshold` for block (a block category below its block
 * threshold but above the flag threshold is flagged; factual categories block from the
 * flag threshold, see default-actions.ts).
 */
import type { Category, CategoryAction, Direction, Verdict } from "../../schemas/common";
import type { DetectionPolicy } from "../../schemas/policy";
import { defaultAction, FACTUAL_CATEGORIES } from "./default-actions";
import { ATTACK_FAMILY, noisyOr, toScore } from "./evidence";

/** The decision for one category, for verdicts, redaction and reasons. */
export interface CategoryDecision {
  category: Category;
  score: number;
  action: CategoryAction;
  /** What the category contributes to the verdict. */
  verdict: Verdict;
  /** True when this category's matches must be masked. */
  redact: boolean;
}

const RANK: Readonly<Record<Verdict, number>> = { allow: 0, flag: 1, block: 2 };

/** The more severe of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Decides each category present in `risks`. */
export function decideCategories(
  risks: ReadonlyMap<Category, number>,
  policy: DetectionPolicy,
  direction: Direction,
): CategoryDecision[] {
  const pooled = toScore(noisyOr([...risks].filter(([c]) => ATTACK_FAMILY.has(c)).map(([, r]) => r)));
  const decisions: CategoryDecision[] = [];
  for (const [category, risk] of risks) {
    const rule = policy.categories[category];
    const action = rule?.action ?? defaultAction(category, direction);
    const score = ATTACK_FAMILY.has(category) ? pooled : toScore(risk);
    const threshold = rule?.threshold ?? (FACTUAL_CATEGORIES.has(category) && action === "block" ? policy.flag_threshold : undefined);
    decisions.push({ category, score: toScore(risk), action, ...judge(action, score, threshold, policy) });
  }
  return decisions;
}

function judge(
  action: CategoryAction,
  score: number,
  threshold: number | undefined,
  policy: DetectionPolicy,
): { verdict: Verdict; redact: boolean } {
  switch (action) {
    case "allow":
      return { verdict: "allow", redact: false };
    case "block": {
      const blockAt = threshold ?? policy.block_threshold;
      if (score >= blockAt) return { verdict: "block", redact: false };
      return { verdict: score >= Math.min(policy.flag_threshold, blockAt) ? "flag" : "allow", redact: false };
    }
    case "flag":
      return { verdict: score >= (threshold ?? policy.flag_threshold) ? "flag" : "allow", redact: false };
    case "redact":
      // Matches are always masked when redaction is on; the verdict rises only past the threshold.
      return { verdict: score >= (threshold ?? policy.flag_threshold) ? "flag" : "allow", redact: policy.redact };
  }
}
