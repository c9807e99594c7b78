/** The evasion table: recall per transform next to plain recall, split by attack family. */
import { QUALITY_TARGETS } from "./eval-report";
import type { EvasionRow } from "./evasion";
import { percent, rateWithCounts, renderTable } from "./text-table";

export function renderEvasion(rows: readonly EvasionRow[], sampleOf: number, title = "Evasion"): string {
  const plain = rows.find((row) => row.transform === "plain");
  if (plain === undefined || plain.total === 0) return `${title}: no attacks to transform`;
  const plainRecall = plain.detected / plain.total;
  const categories = [...plain.byCategory.keys()].sort();
  const table = rows.map((row) => {
    const recall = row.detected / row.total;
    const drop = (plainRecall - recall) * 100;
    const perCategory = categories.map((category) => {
      const c = row.byCategory.get(category);
      return c === undefined ? "-" : percent(c.detected / c.total, 0);
    });
    const verdict = row === plain ? "" : drop <= QUALITY_TARGETS.evasionDropPoints ? "ok" : "MISS";
    return [row.transform, rateWithCounts(row.detected, row.total), row === plain ? "" : `${drop >= 0 ? "-" : "+"}${Math.abs(drop).toFixed(1)}`, verdict, ...perCategory];
  });
  const scope = plain.total < sampleOf ? `a deterministic sample of ${plain.total} of ${sampleOf} attacks (--evasion-sample)` : `all ${plain.total} attacks`;
  return (
    `${title}: recall per transform on ${scope}, harmful requests excluded; target: within ${QUALITY_TARGETS.evasionDropPoints} points of plain\n` +
    renderTable(["transform", "recall", "points", "", ...categories.map(abbreviate)], table)
  );
}

/** Category names are long; the table needs narrow columns. */
function abbreviate(category: string): string {
  return category
    .split("_")
    .map((word) => word.slice(0, 4))
    .join("_");
}
