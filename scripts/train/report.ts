/** Terminal tables for a training run (the manifest keeps the same figures as JSON). */
import { summaryLine } from "../eval/eval-report";
import { renderReport } from "../eval/render-report";
import { percent, rateWithCounts, renderTable } from "../eval/text-table";
import type { OofEngineRun } from "./oof-engine";
import type { RateRow } from "./calibrate";
import type { EvasionCounts } from "./evasion";
import type { CvSummary, Tally } from "./summarize";

function rows(byKey: Record<string, Tally>): string[][] {
  return Object.entries(byKey)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, t]) => [key, rateWithCounts(t.flagged, t.total), rateWithCounts(t.blocked, t.total)]);
}

export function cvReport(title: string, summary: CvSummary, evasion: Map<string, EvasionCounts>): string {
  const header = ["", "flag", "block"];
  const plain = evasion.get("plain");
  return [
    `== ${title}`,
    renderTable(header, [
      ["attack recall", rateWithCounts(summary.attacks.flagged, summary.attacks.total), rateWithCounts(summary.attacks.blocked, summary.attacks.total)],
      ["benign FPR", rateWithCounts(summary.benign.flagged, summary.benign.total, 2), rateWithCounts(summary.benign.blocked, summary.benign.total, 2)],
    ]),
    "",
    renderTable(["attack recall by file", "flag", "block"], rows(summary.attacksByFile)),
    "",
    renderTable(["attack recall by category", "flag", "block"], rows(summary.attacksByCategory)),
    "",
    renderTable(["benign FPR by file (unseen)", "flag", "block"], rows(summary.benignByFile)),
    "",
    renderTable(
      ["evasion (flag recall)", "recall", "vs plain"],
      [...evasion.entries()].map(([name, c]) => [
        name,
        rateWithCounts(c.flagged, c.total),
        plain && plain.total > 0 ? `${((c.flagged / c.total - plain.flagged / plain.total) * 100).toFixed(1)} pts` : "-",
      ]),
    ),
  ].join("\n");
}

export function calibrationReport(flag: readonly RateRow[], block: readonly RateRow[]): string {
  const blockByFile = new Map(block.map((row) => [row.file, row]));
  return renderTable(
    ["calibration benign (held apart)", "n", "flag FPR", "≤ (95%)", "block FPR", "≤ (95%)"],
    flag.map((row) => {
      const b = blockByFile.get(row.file);
      return [row.file, String(row.total), percent(row.hits / row.total, 2), percent(row.upper, 2), b ? percent(b.hits / b.total, 2) : "-", b ? percent(b.upper, 2) : "-"];
    }),
  );
}

/** `mode`: the cross-validation whose fold models scored the records (grouped or in-distribution). */
export function oofEngineReport(run: OofEngineRun, mode: string): string {
  const { combined, modelMayBlock, signaturesOnly } = run;
  const o = combined.overall;
  const b = modelMayBlock.overall;
  const s = signaturesOnly.overall;
  return [
    `== whole engine, out of fold, ${mode}: signatures + the fold model that never saw the record${mode.startsWith("grouped") ? "'s source family" : ""}`,
    renderReport(combined),
    "",
    renderTable(
      ["same records", "attack recall", "flag FPR", "block FPR"],
      [
        ["signatures alone", rateWithCounts(s.attacksDetected, s.attacks), rateWithCounts(s.benignFlagged, s.benign, 2), rateWithCounts(s.benignBlocked, s.benign, 2)],
        ["signatures + out-of-fold model", rateWithCounts(o.attacksDetected, o.attacks), rateWithCounts(o.benignFlagged, o.benign, 2), rateWithCounts(o.benignBlocked, o.benign, 2)],
        ['  the same, policy model: "block"', rateWithCounts(b.attacksDetected, b.attacks), rateWithCounts(b.benignFlagged, b.benign, 2), rateWithCounts(b.benignBlocked, b.benign, 2)],
      ],
    ),
    `attacks detected only because the model fired: ${run.modelOnlyDetections}`,
    "",
    JSON.stringify({ mode, oof_engine: summaryLine(combined), oof_engine_model_may_block: summaryLine(modelMayBlock), signatures_only: summaryLine(signaturesOnly) }),
  ].join("\n");
}
