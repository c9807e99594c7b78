/** Decoded bytes count as hidden text only when they read like text, not like noise. */

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 bytes; undefined when they are not valid UTF-8. */
export function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * True when at least 90% of the characters are printable (letters, digits, punctuation,
 * spaces) and there are at least three letters: random bytes almost never pass.
 */
export function looksLikeText(text: string): boolean {
  if (text.length === 0) return false;
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || c >= 0xa0) printable++;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) letters++;
  }
  return printable >= text.length * 0.9 && letters >= 3;
}
