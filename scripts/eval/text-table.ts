/** Plain-text tables and number formats for terminal reports (also used by the bench). */

/** Left-aligns the first column and right-aligns the others, which hold numbers. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** A percentage with enough digits to tell 0.1% apart from 0.05%; "-" for no data. */
export function percent(value: number | undefined, digits = 1): string {
  return value === undefined ? "-" : `${(value * 100).toFixed(digits)}%`;
}

/** "12.3% (45/366)" */
export function rateWithCounts(hits: number, total: number, digits = 1): string {
  return total === 0 ? "-" : `${percent(hits / total, digits)} (${hits}/${total})`;
}

/** Rounds a figure for the JSON summary line, keeping `null` for "no data". */
export function roundOrNull(value: number | undefined, digits = 4): number | null {
  return value === undefined ? null : Number(value.toFixed(digits));
}
