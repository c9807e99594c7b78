/**
 * Bounds on decode-and-rescan, so an input made of nested encodings costs at most a
 * constant factor more than plain text.
 */
export const DECODE_LIMITS = {
  /** Decoding steps applied on top of each other (base64 inside hex inside base64 stops here). */
  maxDepth: 2,
  /** Encoded blobs decoded per view. */
  maxBlobsPerView: 32,
  /** Shortest base64 run worth decoding (16 chars = 12 bytes). */
  minBase64Chars: 16,
  /** Longest single blob decoded; longer ones are decoded up to this size. */
  maxBlobChars: 64 * 1024,
  /** Decoded characters produced per message in total, across all kinds and depths. */
  maxDecodedCharsPerMessage: 256 * 1024,
} as const;

/** Shared allowance of decoded characters for one message. */
export class DecodeBudget {
  remaining: number = DECODE_LIMITS.maxDecodedCharsPerMessage;
  /** Raw spans already decoded: a blob reached through two views is decoded once. */
  readonly seen = new Set<string>();
  /** Takes up to `wanted` characters from the budget; returns how many were granted. */
  take(wanted: number): number {
    const granted = Math.min(wanted, this.remaining);
    this.remaining -= granted;
    return granted;
  }
}
