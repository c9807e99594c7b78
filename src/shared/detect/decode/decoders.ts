/**
 * Every decoder, in the order their views are added: what a message (or an already
 * decoded text) holds in escapes, run encodings, ciphers, identifiers, invisible
 * characters and blobs. Each decoded text becomes the root of a view family of its own
 * (views.ts), decoded again down to DECODE_LIMITS.maxDepth.
 */
import type { TextView } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { decodeAscii85 } from "./ascii85";
import { decodeBinary } from "./binary";
import { decodeBlobs } from "./blobs";
import { decodeBraille } from "./braille";
import { decodeCharCodes } from "./char-codes";
import { decodeCharacterLists, decodeConcatenations } from "./char-list";
import { decodeEscapes } from "./escapes";
import { decodeIdentifiers } from "./identifiers";
import { decodeTagCharacters, decodeVariationSelectors } from "./invisible-text";
import type { DecodeBudget } from "./limits";
import { decodeMorse } from "./morse";
import { decodeNato } from "./nato";
import { decodeShiftedLetters } from "./shifted-letters";
import { decodeUpsideDown } from "./upside-down";

/**
 * The decoded texts of `root`. `folded` is its nfkc text (identifiers are read there);
 * `nonAscii` says whether it has any character above U+007F, which the invisible-text,
 * Braille and upside-down decoders need.
 */
export function decodedRoots(root: TextView, folded: string, nonAscii: boolean, budget: DecodeBudget, meter: WorkMeter): TextView[] {
  const decoded: Array<TextView | null> = [...decodeEscapes(root, meter), ...decodeMorse(root, meter), ...decodeBinary(root, meter)];
  decoded.push(decodeCharCodes(root, meter), decodeNato(root, meter), ...decodeAscii85(root, meter), ...decodeCharacterLists(root, meter), ...decodeConcatenations(root, meter));
  decoded.push(decodeShiftedLetters(root, meter));
  if (root.depth === 0) decoded.push(...decodeIdentifiers(root, folded, meter));
  if (nonAscii) decoded.push(decodeBraille(root, meter), decodeUpsideDown(root, meter));
  if (root.depth === 0 && nonAscii) decoded.push(decodeTagCharacters(root, meter), decodeVariationSelectors(root, meter));
  for (const blob of decodeBlobs(root, budget, meter)) decoded.push(blob.view);
  return decoded.filter((view): view is TextView => view !== null);
}
