/**
 * Base64 and hex payloads, decoded by the engine's own decoder (detect/decode/blobs.ts)
 * but only inside the stretches pass 1 marked as long enough to be one, so plain text
 * costs nothing here. Decoded payloads are spliced into the folded view in place of
 * their encoded units, every decoded unit mapping to the whole encoded span.
 */
import { decodeBlobs } from "../detect/decode/blobs";
import { DecodeBudget } from "../detect/decode/limits";
import type { TextView } from "../detect/views";
import { NO_METER } from "../detect/work-meter";
import type { IntList } from "./int-list";

export interface Blob {
  start: number;
  end: number;
  text: string;
}

/** Padding after a base64 run is not in pass 1's alphabet; the decoder wants it. */
const PADDING = 2;

/** Blobs inside the marked raw stretches (pairs start, end in `stretches`), in raw order, overlaps dropped. */
export function findBlobs(raw: string, stretches: IntList): Blob[] {
  const blobs: Blob[] = [];
  const budget = new DecodeBudget();
  for (let k = 0; k + 1 < stretches.length; k += 2) {
    const from = stretches.at(k);
    const to = Math.min(raw.length, stretches.at(k + 1) + PADDING);
    const root: TextView = { name: "raw", text: raw.slice(from, to), starts: null, ends: null, confidence: 1, kind: "raw", depth: 0 };
    for (const { view } of decodeBlobs(root, budget, NO_METER)) {
      const last = view.text.length - 1;
      if (last < 0 || view.starts === null || view.ends === null) continue;
      blobs.push({ start: from + (view.starts[0] ?? 0), end: from + (view.ends[last] ?? 0), text: view.text });
    }
  }
  blobs.sort((a, b) => a.start - b.start);
  return blobs.filter((blob, i) => i === 0 || blob.start >= (blobs[i - 1]?.end ?? 0));
}
