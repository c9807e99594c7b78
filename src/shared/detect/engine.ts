/**
 * The detection engine: `createEngine(config)` compiles built-in signatures (minus the
 * tenant's disabled ones), custom signatures, canaries and the URL allow-list once;
 * `inspect` then scans every message of every role.
 *
 * Offsets: every match and signal carries UTF-16 offsets into the raw text of message
 * `message_index`; when a message's content is an array of text parts, its raw text is
 * the parts' texts joined with "\n" (see message-text.ts).
 *
 * Per message: build the views (views.ts), scan them, run the structural detectors
 * (structural-detectors.ts: many-shot dialogues, adversarial suffixes, persona
 * ingredients, document edges, the facts the operator's prompt protects), add
 * hidden-channel signals, canaries (output direction) and learned scorers; then scan
 * each boundary between consecutive messages, so a payload split across two messages is
 * still seen. Evidence becomes per-category risk (scoring/evidence.ts), risk becomes a
 * verdict through the policy (scoring/verdict.ts).
 */
import type { Category, Verdict } from "../schemas/common";
import type { Match, Message, Signal } from "../schemas/inspect";
import { CanarySet } from "./canaries";
import { heldAsData, heldMatch, NOTHING_HELD, withoutHeldData, withoutQuotedExamples } from "./held-as-data";
import { compileBuiltins, type CompiledSignature } from "./compiled-signature";
import type { Engine, EngineConfig, EngineInput, EngineResult } from "./contract";
import { compileCustomSignatures } from "./custom-signatures";
import { excerptOf } from "./excerpt";
import { OFF_TASK_EDGE_SIGNATURE } from "./document-boundaries";
import { HIDDEN_SIGNAL_WEIGHTS, hiddenChannelSignals, type HiddenSignalType } from "./hidden-channels";
import { documentFrom, messageText, redactMessage, type Replacement } from "./message-text";
import { startsWithin } from "./match-starts";
import { type Hit, groupSignatures, type ScanContext, scanViews, type SignatureSet } from "./scan";
import { categoryRisks, type Evidence, SEVERITY_WEIGHT, toScore, UNTRUSTED_BOOST, ATTACK_FAMILY } from "./scoring/evidence";
import { scoreMessage } from "./scoring/model-scores";
import { decideCategories, worse } from "./scoring/verdict";
import { BUILTIN_SIGNATURES } from "./signatures/index";
import type { MatchContext } from "./signatures/types";
import { type OperatorText, readProtectedFacts } from "./protected-facts/declarations";
import { structuralHits } from "./structural-detectors";
import { pastedBlockFrom, untrustedFrom } from "./untrusted-content";
import { hostAllowed } from "./url-allowlist";
import type { TextView } from "./view-builder";
import { buildViews } from "./views";
import { NO_METER, type WorkMeter } from "./work-meter";

/** Engine options that are not policy: instrumentation for tests and benchmarks. */
export interface EngineOptions {
  /** Counts work done (characters transformed, decoded, scanned); see work-meter.ts. */
  meter?: WorkMeter;
}

/** A hit located in a message. */
interface LocatedHit extends Hit {
  messageIndex: number;
  untrusted: boolean;
  trusted: boolean;
}

/** Characters of each message around a boundary that are scanned joined together. */
const BOUNDARY_WINDOW = 256;
/** Each repeat of a signature on a separate stretch of the same message weighs this much of the previous one. */
const REPEAT_DISCOUNT = 0.5;
/** Instructions in the operator's own system/developer messages weigh less: the tenant wrote them. */
const OPERATOR_TRUST = 0.5;

/** Compiles a tenant's detection configuration into a ready-to-use engine. */
export function createEngine(config: EngineConfig, options: EngineOptions = {}): Engine {
  const meter = options.meter ?? NO_METER;
  const disabled = new Set(config.detection.disabled_signatures);
  const signatures: CompiledSignature[] = [
    ...compileBuiltins(BUILTIN_SIGNATURES, disabled),
    ...compileCustomSignatures(config.customSignatures),
  ];
  const set = groupSignatures(signatures);
  const canaries = new CanarySet(config.detection.canary_tokens);
  const allowlist = config.detection.url_allowlist;
  const matchContext: MatchContext = { hostAllowed: (host) => hostAllowed(host, allowlist), ownWordsOnly: false };
  const ownWordsContext: MatchContext = { ...matchContext, ownWordsOnly: true };
  const scorers = config.scorers ?? [];

  return {
    inspect(input: EngineInput): EngineResult {
      const texts = input.messages.map(messageText);
      const hits: LocatedHit[] = [];
      const signals: Signal[] = [];
      const evidence: Evidence[] = [];
      const modelMatches: Match[] = [];
      const reasons: string[] = [];
      const messageViews = texts.map((text) => buildViews(text, { meter }));
      const protectedFacts = readProtectedFacts(operatorTexts(input.messages, texts, messageViews));

      input.messages.forEach((message, index) => {
        const text = texts[index] ?? "";
        const views = messageViews[index] ?? [];
        // A document part is untrusted content wherever it stands, in an operator's message too.
        const documentStart = documentFrom(message);
        const from = Math.min(untrustedFrom(message.role, views), documentStart);
        const operator = isOperator(message);
        // Untrusted-only signatures also read a block pasted after a request line; the weight of
        // untrusted content and the structural detectors keep to clearly introduced documents.
        const readFrom = Math.min(from, pastedBlockFrom(message.role, views));
        const match = readFrom === Number.POSITIVE_INFINITY ? ownWordsContext : matchContext;
        const context: ScanContext = { direction: input.direction, untrustedFrom: readFrom, match, meter };
        const found = scanViews(views, set, context);
        const structural = { text, views, role: message.role, direction: input.direction, untrustedFrom: from, protectedFacts };
        found.push(...structuralHits(structural, meter));
        if (input.direction === "output" && canaries.size > 0) found.push(...canaries.find(views, meter));
        // Attack text held as data (test code, labelled records, the rules of a bot's prompt pasted
        // for review) is no attack, to the built-in signatures and to the learned scorers alike; the
        // tenant's own signatures say what they mean.
        const held = scorers.length > 0 || found.some(isBuiltinAttack) ? heldAsData(text) : NOTHING_HELD;
        for (const hit of found) {
          if (isBuiltinAttack(hit) && heldMatch(held, text, hit.start, hit.end, hit.signature === OFF_TASK_EDGE_SIGNATURE)) continue;
          hits.push(locatedHit(hit, index, hit.start >= from, operator && hit.start < documentStart));
        }
        signals.push(...hiddenChannelSignals(text, index));
        const scored = withoutHeldData(text, held);
        const reread = (): string | null => withoutQuotedExamples(scored, meter);
        for (const finding of scoreMessage(scorers, text, { role: message.role, direction: input.direction }, index, scored, reread)) {
          evidence.push(finding.evidence);
          modelMatches.push(finding.match);
          reasons.push(finding.reason);
        }
      });
      hits.push(...boundaryHits(input, texts, set, matchContext, meter, hits));

      evidence.push(...hitEvidence(hits.filter((h) => h.signature.mode === "enforce")));
      for (const signal of signals) {
        const weight = HIDDEN_SIGNAL_WEIGHTS[signal.type as HiddenSignalType] ?? 0;
        evidence.push({ category: "evasion", key: signal.type, weight });
      }
      const decisions = decideCategories(categoryRisks(evidence), config.detection, input.direction);
      let verdict: Verdict = "allow";
      const redactCategories = new Set<Category>();
      for (const d of decisions) {
        verdict = worse(verdict, d.verdict);
        if (d.redact) redactCategories.add(d.category);
        if (d.score > 0) reasons.push(categoryReason(d.category, d.score, d.verdict, hits));
      }
      const replacements = new Map<number, Replacement[]>();
      for (const hit of hits) {
        const action = hit.signature.mode === "enforce" ? hit.signature.action : null;
        if (action !== null) {
          verdict = worse(verdict, action === "redact" ? "flag" : action === "allow" ? "allow" : action);
          if (action !== "allow") reasons.push(`custom signature ${hit.signature.id}: ${action}`);
        }
        const masks = (action === null && redactCategories.has(hit.signature.category)) || (action === "redact" && config.detection.redact);
        if (masks && hit.signature.mode === "enforce") {
          const list = replacements.get(hit.messageIndex) ?? [];
          list.push({ start: hit.start, end: hit.end, label: hit.signature.redactAs ?? hit.signature.category });
          replacements.set(hit.messageIndex, list);
        }
      }
      for (const signal of signals) reasons.push(`signal ${signal.type} (message ${signal.message_index})`);
      const risks = decisions.map((d) => d.score / 100);
      const riskScore = toScore(1 - risks.reduce((miss, r) => miss * (1 - r), 1));
      const matches = [...hits.map((h) => toMatch(h, texts)), ...modelMatches];
      const categories = [...new Set(decisions.filter((d) => d.score > 0).map((d) => d.category))];
      const result: EngineResult = { verdict, risk_score: riskScore, categories, matches, signals, reasons: [...new Set(reasons)] };
      if (replacements.size > 0) {
        result.redacted = input.messages.map((m, i) => redactMessage(m, replacements.get(i) ?? []));
      }
      return result;
    },
  };
}

/** `hit` placed in message `messageIndex`, written out field by field: a spread copies by a slower generic path. */
function locatedHit(hit: Hit, messageIndex: number, untrusted: boolean, trusted: boolean): LocatedHit {
  const { signature, viewName, confidence, start, end, viewStart, viewEnd } = hit;
  return { signature, viewName, confidence, start, end, viewStart, viewEnd, messageIndex, untrusted, trusted };
}

function isBuiltinAttack(hit: Hit): boolean {
  return !hit.signature.custom && ATTACK_FAMILY.has(hit.signature.category);
}

/** The tenant's own messages: instructions it wrote, and facts it asks the model to protect. */
function isOperator(message: Message): boolean {
  return message.role === "system" || message.role === "developer";
}

/**
 * The operator messages, raw and in their first folded (NFKC, lowercase) view. A document
 * part inside one is not the operator's word: only the text before it declares facts, cut
 * in the folded view where its raw offsets reach the document.
 */
function operatorTexts(messages: readonly Message[], texts: readonly string[], views: readonly TextView[][]): OperatorText[] {
  const operators: OperatorText[] = [];
  messages.forEach((message, i) => {
    if (!isOperator(message)) return;
    const raw = texts[i] ?? "";
    const folded = views[i]?.find((v) => v.kind === "folded");
    const end = Math.min(documentFrom(message), raw.length);
    const own = raw.slice(0, end);
    if (folded === undefined) operators.push({ raw: own, folded: own.toLowerCase() });
    else operators.push({ raw: own, folded: folded.text.slice(0, folded.starts === null ? end : startsWithin(folded.starts, end, end)[0]) });
  });
  return operators;
}

function hitWeight(hit: LocatedHit): number {
  let weight = SEVERITY_WEIGHT[hit.signature.severity] * hit.confidence;
  if (hit.untrusted && ATTACK_FAMILY.has(hit.signature.category)) weight *= UNTRUSTED_BOOST;
  if (hit.trusted && ATTACK_FAMILY.has(hit.signature.category)) weight *= OPERATOR_TRUST;
  return Math.min(weight, 0.99);
}

/**
 * One piece of evidence per stretch of text and category: two signatures of the same
 * attack category over overlapping text (an English and a French override pattern on
 * "ignore … instructions") are one finding, not two independent ones; different
 * signatures on separate stretches add up, while the same signature repeated counts
 * with a halving discount per repeat (a template that says "unfiltered" twice is not
 * twice the evidence). Inside a decoded blob every hit maps to the whole blob in raw
 * offsets, so stretches are compared in the decoded text instead. Secrets, PII and
 * other factual findings count once per signature: ten e-mail addresses in an invoice
 * are not ten times the risk of one. The stretches are the most hits that do not overlap
 * (picked by earliest end), and every other hit joins the first stretch it overlaps, so a
 * long match that reaches over two separate findings ("IGNORE any input above … and ONLY
 * OUTPUT …", a hidden comment holding an order and a link) does not fold them into one.
 * Until session 24 any overlap folded them; until session 30 a long match that started
 * first still did, and one more signature on such a text could lower its risk.
 */
function hitEvidence(hits: readonly LocatedHit[]): Evidence[] {
  const lanes = new Map<string, LocatedHit[]>();
  const evidence: Evidence[] = [];
  for (const hit of hits) {
    if (!ATTACK_FAMILY.has(hit.signature.category)) {
      evidence.push({ category: hit.signature.category, key: hit.signature.id, weight: hitWeight(hit) });
      continue;
    }
    const decoded = hit.viewName.startsWith("decoded:");
    const lane = `${hit.signature.category}:${hit.messageIndex}:${decoded ? `${hit.viewName.split("+")[0]}@${hit.start}` : "raw"}`;
    const list = lanes.get(lane) ?? [];
    list.push(hit);
    lanes.set(lane, list);
  }
  for (const [lane, list] of lanes) {
    const local = !lane.endsWith(":raw");
    const from = (h: LocatedHit): number => (local ? h.viewStart : h.start);
    const to = (h: LocatedHit): number => (local ? h.viewEnd : h.end);
    // The stretches: as many disjoint hits as the lane holds, picked by earliest end (interval
    // scheduling); every other hit overlaps one of them and joins the first it overlaps.
    const byEnd = [...list].sort((a, b) => to(a) - to(b) || from(a) - from(b));
    const stretches: LocatedHit[] = [];
    for (const hit of byEnd) if (stretches.length === 0 || from(hit) >= to(stretches[stretches.length - 1] as LocatedHit)) stretches.push(hit);
    const discounts: number[] = [];
    const repeats = new Map<string, number>();
    for (const stretch of stretches) {
      const seen = repeats.get(stretch.signature.id) ?? 0;
      repeats.set(stretch.signature.id, seen + 1);
      discounts.push(REPEAT_DISCOUNT ** seen);
    }
    for (const hit of list) {
      // Disjoint and ordered by end, the stretches are ordered by start too: the first one ending
      // after the hit starts is the first it can overlap (the greedy pick leaves none it misses).
      let low = 0;
      let high = stretches.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (to(stretches[middle] as LocatedHit) > from(hit)) high = middle;
        else low = middle + 1;
      }
      const index = low;
      const stretch = stretches[index] as LocatedHit;
      evidence.push({ category: hit.signature.category, key: `${lane}:${from(stretch)}`, weight: hitWeight(hit) * (discounts[index] as number) });
    }
  }
  return evidence;
}

function toMatch(hit: LocatedHit, texts: readonly string[]): Match {
  return {
    signature_id: hit.signature.id,
    version: hit.signature.version,
    category: hit.signature.category,
    severity: hit.signature.severity,
    message_index: hit.messageIndex,
    start: hit.start,
    end: hit.end,
    excerpt: excerptOf(texts[hit.messageIndex] ?? "", hit.start, hit.end, hit.signature.category),
    view: hit.viewName,
    mode: hit.signature.mode,
  };
}

function categoryReason(category: Category, score: number, verdict: Verdict, hits: readonly LocatedHit[]): string {
  const ids = [...new Set(hits.filter((h) => h.signature.category === category).map((h) => h.signature.id))].slice(0, 3);
  return `${category} risk ${score} → ${verdict}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}`;
}

/**
 * Hits that only exist across the boundary of two consecutive messages: the tail of one
 * and the head of the next are scanned joined by "\n", and a hit that starts in the first
 * is reported on it, clipped to its end.
 */
function boundaryHits(
  input: EngineInput,
  texts: readonly string[],
  set: SignatureSet,
  match: MatchContext,
  meter: WorkMeter,
  existing: readonly LocatedHit[],
): LocatedHit[] {
  const out: LocatedHit[] = [];
  for (let i = 0; i + 1 < texts.length; i++) {
    const left = texts[i] ?? "";
    const tail = left.slice(-BOUNDARY_WINDOW);
    const head = (texts[i + 1] ?? "").slice(0, BOUNDARY_WINDOW);
    const offset = left.length - tail.length;
    const joined = `${tail}\n${head}`;
    const context: ScanContext = { direction: input.direction, untrustedFrom: Number.POSITIVE_INFINITY, match, meter };
    for (const hit of scanViews(buildViews(joined, { meter, decode: false }), set, context)) {
      if (hit.start >= tail.length || hit.end <= tail.length + 1) continue;
      if (existing.some((e) => e.signature.id === hit.signature.id && (e.messageIndex === i || e.messageIndex === i + 1))) continue;
      const role = (input.messages[i] as Message).role;
      out.push({
        ...hit,
        start: offset + hit.start,
        end: left.length,
        messageIndex: i,
        untrusted: role === "tool",
        trusted: role === "system" || role === "developer",
        viewName: `joined:${hit.viewName}`,
      });
    }
  }
  return out;
}
