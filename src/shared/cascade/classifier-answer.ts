/**
 * Reads what the classifier answered, trusting nothing about its shape. Two shapes are
 * understood: the Workers AI text-classification output, `[{ label, score }]`, and a
 * guard model's verdict, `{ response: { safe, categories } }` or the same as text
 * (`"unsafe\nS14"`). Anything else, or labels that do not say attack or benign, is an
 * error: the cascade must not guess which way an unknown label points.
 */
import { z } from "zod";

export type ClassifierAnswer =
  | { ok: true; attack: boolean; /** probability of attack, when the answer carries one */ score?: number }
  | { ok: false; reason: string };

const ATTACK_LABELS: ReadonlySet<string> = new Set(["injection", "prompt_injection", "jailbreak", "unsafe", "malicious", "attack"]);
const BENIGN_LABELS: ReadonlySet<string> = new Set(["safe", "benign", "legit", "legitimate"]);
/** A label-score answer counts as an attack from this probability on. */
const ATTACK_FROM = 0.5;

const LabelScores = z.array(z.object({ label: z.string(), score: z.number().min(0).max(1) })).min(1).max(64);
const GuardJson = z.object({ response: z.object({ safe: z.boolean() }) });
const GuardText = z.object({ response: z.string() });

function fromLabels(rows: z.infer<typeof LabelScores>): ClassifierAnswer {
  let attack: number | null = null;
  let benign: number | null = null;
  for (const { label, score } of rows) {
    const name = label.trim().toLowerCase();
    if (ATTACK_LABELS.has(name)) attack = Math.max(attack ?? 0, score);
    else if (BENIGN_LABELS.has(name)) benign = Math.max(benign ?? 0, score);
  }
  const score = attack ?? (benign === null ? null : 1 - benign);
  if (score === null) return { ok: false, reason: `unknown labels ${rows.slice(0, 4).map((r) => r.label.slice(0, 32)).join(", ")}` };
  return { ok: true, attack: score >= ATTACK_FROM, score };
}

function fromGuardText(text: string): ClassifierAnswer {
  const first = text.trim().split("\n")[0]?.trim().toLowerCase();
  if (first === "safe") return { ok: true, attack: false };
  if (first === "unsafe") return { ok: true, attack: true };
  return { ok: false, reason: "guard answer is neither safe nor unsafe" };
}

export function readClassifierAnswer(raw: unknown): ClassifierAnswer {
  const labels = LabelScores.safeParse(raw);
  if (labels.success) return fromLabels(labels.data);
  const json = GuardJson.safeParse(raw);
  if (json.success) return { ok: true, attack: !json.data.response.safe };
  const text = GuardText.safeParse(raw);
  if (text.success) return fromGuardText(text.data.response);
  return { ok: false, reason: "answer has no recognised shape" };
}
