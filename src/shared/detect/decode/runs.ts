/**
 * The walks shared by the decoders of encoded runs: a cheap substring check, then every
 * run the encoding's pattern finds. Morse and binary decode each run into a view of its
 * own, and past MAX_RUNS the rest is noise (a dump, not a message), as with the blob
 * decoders' budget. Character codes, NATO and Braille decode every run in place into one
 * view of the encoded stretch (`writeInPlace`), since a message in them is cut into many
 * runs by the characters the encoding has no symbol for.
 */
import { type TextView, ViewWriter, rawEndOf, rawStartOf } from "../view-builder";
import type { WorkMeter } from "../work-meter";

const MAX_RUNS = 8;

/**
 * One decoded view per run of `run` (a global pattern) in `source`, skipped outright when
 * none of `hints` occurs. `decodeRun` may refuse a run (null) that only looks encoded.
 */
export function decodeRuns(
  source: TextView,
  meter: WorkMeter,
  hints: readonly string[],
  run: RegExp,
  decodeRun: (source: TextView, run: string, offset: number) => TextView | null,
): TextView[] {
  const text = source.text;
  if (!hints.some((hint) => text.includes(hint))) return [];
  meter.add(text.length);
  const views: TextView[] = [];
  run.lastIndex = 0;
  for (let m = run.exec(text); m !== null && views.length < MAX_RUNS; m = run.exec(text)) {
    const view = decodeRun(source, m[0], m.index);
    if (view !== null) views.push(view);
  }
  return views;
}

/** Decoded text standing for raw [rawStart, rawEnd). */
export type DecodedPiece = readonly [text: string, rawStart: number, rawEnd: number];

/** A run of `source` text, [start, end), and what it decodes to. */
export interface DecodedRun {
  start: number;
  end: number;
  pieces: readonly DecodedPiece[];
}

/**
 * One view of `source` from the first decoded run to the last, each run replaced by its
 * decoding and the text between runs copied as it is: a message encoded word by word,
 * around punctuation, digits or scripts the encoding has no symbol for, reads on as one
 * text, with no cap on how many runs it has. Null when there is no run.
 */
export function writeInPlace(source: TextView, runs: readonly DecodedRun[], name: string, meter: WorkMeter): TextView | null {
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first === undefined || last === undefined) return null;
  const text = source.text;
  meter.add(last.end - first.start);
  const writer = new ViewWriter(last.end - first.start);
  let copied = first.start;
  for (const { start, end, pieces } of runs) {
    for (let i = copied; i < start; i++) writer.pushUnit(text.charCodeAt(i), rawStartOf(source, i), rawEndOf(source, i));
    for (const [piece, rawStart, rawEnd] of pieces) writer.push(piece, rawStart, rawEnd);
    copied = end;
  }
  return writer.finish(name, "raw", 0.95, source.depth + 1);
}

/**
 * `writeInPlace` over the runs of `run` (a global pattern) that `decodeRun` accepts (it
 * returns null for a run that only looks encoded); skipped outright when none of `hints`
 * occurs (null: no such check).
 */
export function decodeRunsInPlace(
  source: TextView,
  meter: WorkMeter,
  hints: readonly string[] | null,
  run: RegExp,
  name: string,
  decodeRun: (source: TextView, run: string, offset: number) => DecodedPiece[] | null,
): TextView | null {
  const text = source.text;
  if (hints !== null && !hints.some((hint) => text.includes(hint))) return null;
  meter.add(text.length);
  const runs: DecodedRun[] = [];
  run.lastIndex = 0;
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    const pieces = decodeRun(source, m[0], m.index);
    if (pieces !== null) runs.push({ start: m.index, end: m.index + m[0].length, pieces });
  }
  return writeInPlace(source, runs, name, meter);
}
