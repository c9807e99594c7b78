/**
 * How learned scorers (src/shared/model, see `Scorer` in contract.ts) feed the verdict.
 * A scorer's probability is used as-is as one more noisy-OR weight in its category
 * (prompt_injection unless the scorer says otherwise), once it reaches
 * `MODEL_MIN_PROBABILITY`; the scorer is responsible for calibration. Each firing adds a
 * match (`model.<id>`, view "model") over the window that scored highest and a reason
 * "model:<id> p=0.93". Tune here, nowhere else.
 */
import type { Category, Severity } from "../../schemas/common";
import type { Match } from "../../schemas/inspect";
import type { ScoreContext, Scorer } from "../contract";
import type { Evidence } from "./evidence";

/**
 * Below this probability a scorer's opinion is ignored: the default scorer's calibrated flag
 * point (0.40 is where it holds 2% of held-apart benign prompts). It was 0.5 until model v7,
 * because below that v6 flagged too many benign texts unlike its training data; measured on
 * bench/redteam (recall / flag FPR): v6 at 0.5, 71.5% / 1.99%; v6 at 0.4, 76.5% / 3.23%;
 * v7 (first build) at 0.5, 78.3% / 0.25%; v7 at 0.4, 85.3% / 0.50% (shipped build 86.5% / 0.50%);
 * v8 at 0.4, 89.0% / 0.50%; v9 (split words read whole) and v10 (one split word) the same.
 * At 0.3, v8 out of fold (grouped) caught 2 more dev attacks for 8 more benign flags and one
 * block: not worth it.
 */
export const MODEL_MIN_PROBABILITY = 0.4;

/** What one scorer said about one message, ready for scoring. */
export interface ModelFinding {
  evidence: Evidence;
  match: Match;
  reason: string;
}

function severityOf(probability: number): Severity {
  if (probability >= 0.95) return "critical";
  if (probability >= 0.8) return "high";
  if (probability >= 0.6) return "medium";
  return "low";
}

/**
 * Runs every scorer on one message: on `scored`, the raw text with what it holds as data
 * blanked out (same offsets), and excerpts from the raw text.
 *
 * A score that reaches the floor must hold on a second reading, `reread()` (the message
 * with its quoted examples blanked, or null when it has none), and the lower of the two is
 * kept. A scorer reads words, not quotation marks, so an article that quotes an injection
 * as an example ("hidden sentences such as ‚ignore your instructions and …‘") reads like
 * the injection; blanked, the article is left. Kept as the lower score, not replaced:
 * blanking harmless quoted words leaves the rest denser, and a jailbreak framing around a
 * quoted harmless request would score higher without the request (wildguard's benign
 * framings, +2 flagged out of fold when the blanked reading was used alone). The second
 * reading costs one more scoring, and only for messages a scorer would flag.
 */
export function scoreMessage(
  scorers: readonly Scorer[],
  text: string,
  context: ScoreContext,
  messageIndex: number,
  scored = text,
  reread: () => string | null = () => null,
): ModelFinding[] {
  const findings: ModelFinding[] = [];
  let rereading: string | null | undefined;
  for (const scorer of scorers) {
    let result = scorer.score(scored, context);
    if (result.probability >= MODEL_MIN_PROBABILITY) {
      if (rereading === undefined) rereading = reread();
      const second = rereading === null ? null : scorer.score(rereading, context);
      if (second !== null && second.probability < result.probability) result = second;
    }
    const probability = Math.min(Math.max(result.probability, 0), 1);
    if (!(probability >= MODEL_MIN_PROBABILITY)) continue;
    const category: Category = scorer.category ?? "prompt_injection";
    const start = Math.max(0, Math.min(result.start, text.length));
    const end = Math.max(start, Math.min(result.end, text.length));
    findings.push({
      evidence: { category, key: `model.${scorer.id}`, weight: probability },
      match: {
        signature_id: `model.${scorer.id}`,
        version: scorer.version,
        category,
        severity: severityOf(probability),
        message_index: messageIndex,
        start,
        end,
        excerpt: text.slice(start, Math.min(end, start + 120)),
        view: "model",
        mode: "enforce",
      },
      reason: `model:${scorer.id} p=${probability.toFixed(2)} (${category}, message ${messageIndex})`,
    });
  }
  return findings;
}
