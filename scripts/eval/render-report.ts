/** The terminal report of `npm run eval`: one table per question the team asks. */
import { QUALITY_TARGETS, type EvalReport } from "./eval-report";
import { renderEvasion } from "./render-evasion";
import { rate, type Tally } from "./tally";
import { percent, rateWithCounts, renderTable } from "./text-table";
import { wilsonInterval } from "./wilson";

const mark = (ok: boolean): string => (ok ? "ok" : "MISS");

/** "0.35% (7/2000) ≤0.72%": the observed rate, its counts and the 95% Wilson upper bound. */
function fpr(hits: number, total: number): string {
  if (total === 0) return "-";
  return `${rateWithCounts(hits, total, 2)} ≤${percent(wilsonInterval(hits, total).upper, 2)}`;
}

function benignMeetsTargets(t: Tally): boolean {
  return t.benignFlagged / t.benign <= QUALITY_TARGETS.flagFpr && t.benignBlocked / t.benign <= QUALITY_TARGETS.blockFpr;
}

function attackSources(report: EvalReport): string {
  const rows = [...report.byFile]
    .filter(([, t]) => t.attacks > 0)
    .sort(([, a], [, b]) => a.attacksDetected / a.attacks - b.attacksDetected / b.attacks)
    .map(([file, t]) => [file, rateWithCounts(t.attacksDetected, t.attacks), mark(t.attacksDetected / t.attacks >= QUALITY_TARGETS.recall)]);
  return `Attack sources, worst recall first (target ≥ ${percent(QUALITY_TARGETS.recall, 0)})\n${renderTable(["file", "recall (flag or block)", ""], rows)}`;
}

function benignSources(report: EvalReport): string {
  const rows = [...report.byFile]
    .filter(([, t]) => t.benign > 0)
    .sort(([, a], [, b]) => b.benignFlagged / b.benign - a.benignFlagged / a.benign || b.benignBlocked - a.benignBlocked)
    .map(([file, t]) => [file, fpr(t.benignFlagged, t.benign), fpr(t.benignBlocked, t.benign), mark(benignMeetsTargets(t))]);
  return (
    `Benign sources, worst flag FPR first (targets: flag ≤ ${percent(QUALITY_TARGETS.flagFpr, 0)}, block ≤ ${percent(QUALITY_TARGETS.blockFpr)}; ≤x = 95% Wilson upper bound)\n` +
    renderTable(["file", "flag FPR", "block FPR", ""], rows)
  );
}

function harmfulSources(report: EvalReport): string {
  const rows = [...report.byFile]
    .filter(([, t]) => t.harmful > 0)
    .map(([file, t]) => [file, rateWithCounts(t.harmfulDetected, t.harmful)]);
  if (rows.length === 0) return "Harmful requests: none in this data";
  return `Harmful requests (content moderation, not counted in attack recall)\n${renderTable(["file", "flagged or blocked"], rows)}`;
}

function categories(report: EvalReport): string {
  const rows = [...report.byCategory]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, t]) => [
      category,
      t.attacks + t.harmful > 0 ? rateWithCounts(t.attacksDetected + t.harmfulDetected, t.attacks + t.harmful) : "",
      t.benign > 0 ? fpr(t.benignFlagged, t.benign) : "",
      t.benign > 0 ? fpr(t.benignBlocked, t.benign) : "",
    ]);
  return `By category\n${renderTable(["category", "detected (attacks)", "flag FPR (benign)", "block FPR (benign)"], rows)}`;
}

/** Attack recall and benign FPR per language, most records first: translated attacks are where recall falls. */
function languages(report: EvalReport): string {
  const rows = [...report.byLanguage]
    .sort(([, a], [, b]) => b.attacks + b.benign - (a.attacks + a.benign))
    .map(([lang, t]) => [
      lang,
      t.attacks > 0 ? rateWithCounts(t.attacksDetected, t.attacks) : "-",
      t.benign > 0 ? fpr(t.benignFlagged, t.benign) : "-",
      t.benign > 0 ? fpr(t.benignBlocked, t.benign) : "-",
    ]);
  return `Recall and benign FPR per language\n${renderTable(["language", "attack recall", "flag FPR", "block FPR"], rows)}`;
}

function falsePositiveSignatures(report: EvalReport): string {
  const rows = [...report.falsePositiveSignatures]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 12)
    .map(([id, count]) => [id, String(count)]);
  if (rows.length === 0) return "Signatures behind false positives: none";
  return `Signatures behind false positives (top ${rows.length})\n${renderTable(["signature", "benign prompts"], rows)}`;
}

function overall(report: EvalReport): string {
  const { overall: o, withoutSupportIntents: w } = report;
  const recall = rate(o.attacksDetected, o.attacks);
  const rows = [
    ["attack recall", rateWithCounts(o.attacksDetected, o.attacks), recall === undefined ? "" : mark(recall >= QUALITY_TARGETS.recall)],
    ["flag FPR", fpr(o.benignFlagged, o.benign), o.benign ? mark(o.benignFlagged / o.benign <= QUALITY_TARGETS.flagFpr) : ""],
    ["block FPR", fpr(o.benignBlocked, o.benign), o.benign ? mark(o.benignBlocked / o.benign <= QUALITY_TARGETS.blockFpr) : ""],
    ["flag FPR without support intents", fpr(w.benignFlagged, w.benign), ""],
    ["block FPR without support intents", fpr(w.benignBlocked, w.benign), ""],
    ["harmful requests flagged", rateWithCounts(o.harmfulDetected, o.harmful), ""],
  ];
  const worst = [...report.byFile]
    .filter(([, t]) => t.benign > 0 && t.benignFlagged > 0)
    .sort(([, a], [, b]) => b.benignFlagged / b.benign - a.benignFlagged / a.benign)
    .slice(0, 5)
    .map(([file, t]) => `${file} ${percent(t.benignFlagged / t.benign, 2)}`);
  return (
    `Overall (pooled; model ${report.model ? "on" : "off"})\n${renderTable(["figure", "value", "target"], rows)}\n` +
    `Worst benign sources by flag FPR: ${worst.length > 0 ? worst.join(", ") : "none flagged"}`
  );
}

function throughput(report: EvalReport): string {
  const t = report.throughput;
  const mb = t.bytes / 1e6;
  return (
    `Throughput: ${t.records} records, ${mb.toFixed(2)} MB in ${t.seconds.toFixed(2)} s = ` +
    `${(t.records / t.seconds).toFixed(0)} records/s, ${(mb / t.seconds).toFixed(1)} MB/s; ` +
    `per record p50 ${t.p50Ms.toFixed(3)} ms, p99 ${t.p99Ms.toFixed(3)} ms (plain pass, includes system prompts)`
  );
}

function engineErrors(report: EvalReport): string | undefined {
  if (report.engineErrors.length === 0) return undefined;
  const shown = report.engineErrors.slice(0, 5).map((o) => `  ${o.record.id} (${o.record.file}): ${o.error ?? ""}`);
  return `ENGINE THREW on ${report.engineErrors.length} records (counted as allow):\n${shown.join("\n")}`;
}

export function renderReport(report: EvalReport): string {
  const sections = [
    attackSources(report),
    benignSources(report),
    harmfulSources(report),
    categories(report),
    languages(report),
    falsePositiveSignatures(report),
    renderEvasion(report.evasion, report.evasionSampleOf),
    overall(report),
    throughput(report),
    engineErrors(report),
  ];
  return sections.filter((s) => s !== undefined).join("\n\n");
}
