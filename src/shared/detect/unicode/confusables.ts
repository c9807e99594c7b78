/**
 * A compact confusable-skeleton table: lowercase look-alikes from Cyrillic, Greek,
 * Armenian, IPA and Latin small capitals mapped to the ASCII letter they imitate.
 * It is a subset of Unicode TR39 confusables.txt, restricted to one-to-one letter
 * mappings (so view offsets stay simple). Mathematical alphanumerics and fullwidth
 * forms need no entry: NFKC (applied before this table) already folds them to ASCII.
 * The skeleton is for matching only and is never shown or passed on.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic
  ["а", "a"], ["в", "b"], ["ь", "b"], ["с", "c"], ["ԁ", "d"], ["е", "e"], ["ё", "e"], ["һ", "h"], ["н", "h"],
  ["і", "i"], ["ї", "i"], ["ӏ", "l"], ["ј", "j"], ["к", "k"], ["м", "m"], ["п", "n"], ["о", "o"], ["р", "p"],
  ["ԛ", "q"], ["г", "r"], ["ѕ", "s"], ["т", "t"], ["ц", "u"], ["ѵ", "v"], ["ԝ", "w"], ["х", "x"], ["у", "y"],
  ["ү", "y"], ["з", "3"],
  // Greek
  ["α", "a"], ["β", "b"], ["ϲ", "c"], ["δ", "d"], ["ε", "e"], ["η", "n"], ["ι", "i"], ["ϳ", "j"], ["κ", "k"],
  ["ν", "v"], ["ο", "o"], ["ρ", "p"], ["τ", "t"], ["υ", "u"], ["χ", "x"], ["ω", "w"], ["γ", "y"], ["μ", "u"],
  // Armenian
  ["օ", "o"], ["ս", "u"], ["ց", "g"], ["հ", "h"], ["ո", "n"], ["ք", "q"],
  // IPA and Latin small capitals, dotless i/j
  ["ɑ", "a"], ["ɡ", "g"], ["ɩ", "i"], ["ɪ", "i"], ["ı", "i"], ["ȷ", "j"], ["ʀ", "r"], ["ʏ", "y"], ["ɢ", "g"],
  ["ʜ", "h"], ["ɴ", "n"], ["ᴀ", "a"], ["ᴄ", "c"], ["ᴅ", "d"], ["ᴇ", "e"], ["ꜰ", "f"], ["ᴊ", "j"], ["ᴋ", "k"],
  ["ʟ", "l"], ["ᴍ", "m"], ["ᴏ", "o"], ["ᴘ", "p"], ["ꜱ", "s"], ["ᴛ", "t"], ["ᴜ", "u"], ["ᴠ", "v"], ["ᴡ", "w"],
  ["ᴢ", "z"], ["ǀ", "l"],
];

// Capitals whose lowercase form imitates a different letter (Greek Mu "Μ" looks like M,
// its lowercase "μ" like u), so they are mapped before case folding.
const CAPITAL_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["Μ", "m"], ["Ν", "n"], ["Η", "h"], ["Υ", "y"], ["Ζ", "z"], ["Χ", "x"], ["Β", "b"], ["Ρ", "p"], ["Τ", "t"],
  ["Ι", "i"], ["Κ", "k"], ["Α", "a"], ["Ε", "e"], ["Ο", "o"], ["Н", "h"], ["В", "b"], ["М", "m"], ["Т", "t"],
  ["К", "k"], ["Р", "p"], ["С", "c"], ["Х", "x"], ["У", "y"], ["Ѕ", "s"], ["І", "i"], ["Ј", "j"], ["А", "a"],
  ["Е", "e"], ["О", "o"], ["Ԛ", "q"], ["Ԝ", "w"], ["Һ", "h"],
];

const TABLE = new Map<number, string>([...PAIRS, ...CAPITAL_PAIRS].map(([from, to]) => [from.codePointAt(0) ?? 0, to]));

/**
 * Letters drawn as emoji, which NFKC leaves alone: regional indicators (🇦-🇿, two of which
 * make a flag), negative circled (🅐-🅩) and negative squared (🅰-🆉) capitals. A run
 * of them spells a word to a model ("🅸🅶🅽🅾🆁🅴" is "ignore") and nothing to a filter.
 */
const EMOJI_ALPHABETS: readonly (readonly [number, number])[] = [
  [0x1f1e6, 0x1f1ff],
  [0x1f150, 0x1f169],
  [0x1f170, 0x1f189],
];

/** The ASCII letter a look-alike code point (either case) imitates, or undefined. */
export function confusableOf(cp: number): string | undefined {
  if (cp < 0x80) return undefined;
  if (cp >= 0x1f150 && cp <= 0x1f1ff) {
    for (const [first, last] of EMOJI_ALPHABETS) if (cp >= first && cp <= last) return String.fromCharCode(0x61 + cp - first);
  }
  return TABLE.get(cp);
}
