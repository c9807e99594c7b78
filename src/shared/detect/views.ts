/**
 * Normalized views of a text, each scanned separately by the signatures, each able to
 * map a match back to raw offsets. This is a stable, public module: the learned model
 * (src/shared/model) builds its features from the same views.
 *
 * For a message, `buildViews(text)` returns, in order:
 * - `raw`: the text itself (case kept; secrets, PII and role markers are matched here);
 * - `nfkc`: per-code-point NFKC + lowercase, default-ignorable code points removed
 *   (zero-width characters, bidi controls, tag characters, variation selectors);
 * - `skeleton`: `nfkc` with diacritics removed (NFD, marks dropped) and look-alike letters (Cyrillic,
 *   Greek, …) mapped to ASCII; only when the text is not pure ASCII;
 * - `cased`: like `nfkc` and `skeleton` but keeping case (for secrets, PII, markers);
 *   only when the text is not pure ASCII;
 * - `leet`: digits and symbols that stand for letters folded ("1gn0r3" → "ignore"), and
 *   `cased-leet`, the same with case kept, read only by the secret signatures;
 * - `joined-keys`: the text, case kept, with the spaces dropped that split a key or token
 *   ("hf_KjH tiLyX"), read only by the secret signatures; only when a stretch that looks
 *   like a key goes on after a space;
 * - `dehyphenated`: the finest folded view with hyphens between letters dropped, only when
 *   the text cuts several words with hyphens ("w-ith no r-ules");
 * - `unstacked`: the finest folded view with columns of one-letter lines read as words
 *   ("i\ng\nn\no\nr\ne"), only when the text has one, and `cased-unstacked`, the same
 *   columns read with case kept;
 * - `spaced`: the finest folded view with runs of 20 or more letters cut into words
 *   ("disregardyourrules" → "disregard your rules"), only when a run holds signature words;
 * - `unmarked`: the finest folded view without the HTML tags or Markdown markers inside
 *   words, only when one of them cuts a word the signatures need ("ig<b></b>nore",
 *   "dis**re**gard"), and `cased-unmarked`, the raw text without the same markup;
 * - `rejoined`: the finest folded view with the spaces or hyphens dropped that split the words
 *   of an attack, only when one is split ("ig nore prev ious instruc tions", "in-struc-tions"), and `cased-rejoined`,
 *   the same spaces dropped in the text with case kept (ASCII text whose finest view keeps
 *   its offsets);
 * - `joined`: the finest folded view with other separators between single letters dropped,
 *   only when the text spells a word as "b.o.m.b" or "h*a*c*k";
 * - `reversed` and `word-reversed`: each line, and each word, of the finest folded view
 *   spelled backwards, only when the text spells several English words backwards;
 * - `despaced`, `cased-despaced` and `squash`, only when the text spaces out single
 *   letters ("i g n o r e"): single spaces dropped and longer runs kept as word breaks
 *   (folded, and with case kept); and letters and digits only, where signatures match
 *   only long phrases;
 * - `rot13`: ASCII letters rotated by 13 and the rest read as the skeleton reads it, only
 *   when the text mentions ROT13 or reads like it; `letters-rot13`, the folded letters
 *   (skeleton or nfkc) rotated whole, when the text is not all ASCII; and `cased-rot13`,
 *   rotated with case kept, read only by the secret and PII signatures;
 * - `decoded:<kind>` views (escape, morse, binary, char-codes, nato, braille, chars,
 *   shifted (Caesar and Atbash), upside-down, ascii85, identifier, tags, variation-selectors, base64, base32, hex) with their
 *   own folded views (`decoded:base64+nfkc`, …), decoded to a bounded depth and size.
 * A view identical to the one it derives from is left out.
 */
import { recordAsciiLowercase } from "./ascii-lowercase";
import { casedLeetView, casedRot13View } from "./cased-views";
import { cutsWordsWithHyphens, dehyphenatedView } from "./dehyphenated";
import { despacedView, spacesOutLetters, squashView } from "./despaced";
import { markupInsideWords, withoutSpans } from "./inline-markup";
import { stacksLetters, unstackedView } from "./stacked-letters";
import { MIN_RUN, spacedView } from "./run-on-words";
import { readsBackwards, reversedViews } from "./reversed-views";
import { separatedLettersView, separatesLetters } from "./separated-letters";
import { withoutCutsAt } from "./letter-separators";
import { type LongRuns, REJOINED_VIEW, splitWordSpaces } from "./split-words";
import { JOINED_KEYS_VIEW, joinedKeysView, splitTokenSpaces } from "./split-tokens";
import { outsideEncodedText } from "./decode/blobs";
import { decodedRoots } from "./decode/decoders";
import { DecodeBudget, DECODE_LIMITS } from "./decode/limits";
import { confusableOf } from "./unicode/confusables";
import { foldCodePoint, hasNonAscii, isAsciiLetter, isLowerAsciiLetter, stripMarks } from "./unicode/char-classes";
import { isLeetCandidateUnit, isLeetThroughout, leetLetterAt, mayContainLeet } from "./unicode/leet";
import { type TextView, rawEndOf, rawStartOf, transformView } from "./view-builder";
import { recordBaseline } from "./view-changes";
import { NO_METER, type WorkMeter } from "./work-meter";

export type { TextView } from "./view-builder";
export { toRawRange } from "./view-builder";

/** Options for `buildViews`. */
export interface BuildViewsOptions {
  /** Counts characters processed (tests use it to prove linear work). */
  meter?: WorkMeter;
  /** Decode and add `decoded:*` views (default true). */
  decode?: boolean;
}

/** All views of `text`; see the module comment for the list. */
export function buildViews(text: string, options: BuildViewsOptions = {}): TextView[] {
  const meter = options.meter ?? NO_METER;
  const raw: TextView = { name: "raw", text, starts: null, ends: null, confidence: 1, kind: "raw", depth: 0 };
  const views: TextView[] = [];
  addFamily(raw, views, options.decode === false ? null : new DecodeBudget(), meter);
  return views;
}

function addFamily(root: TextView, views: TextView[], budget: DecodeBudget | null, meter: WorkMeter): void {
  const nonAscii = hasNonAscii(root.text);
  const folded = foldedViews(root, nonAscii, meter);
  views.push(root, ...folded);
  const nfkc = folded[0] as TextView;
  for (const view of folded) {
    if (view.kind === "raw") recordBaseline(view, root);
    else if (view.kind === "folded" && view !== nfkc) recordBaseline(view, nfkc);
  }
  if (budget === null || root.depth >= DECODE_LIMITS.maxDepth) return;
  for (const view of decodedRoots(root, nfkc.text, nonAscii, budget, meter)) addFamily(view, views, budget, meter);
}

function childName(root: TextView, view: string): string {
  return root.depth === 0 ? view : `${root.name}+${view}`;
}

/** `nonAscii`: whether `root.text` has any character above U+007F (the caller knows already). */
function foldedViews(root: TextView, nonAscii: boolean, meter: WorkMeter): TextView[] {
  const out: TextView[] = [];
  const nfkc = nonAscii ? nfkcView(root, meter) : lowercaseAscii(root, meter);
  out.push(nfkc);
  const lookalikes = nonAscii && MAY_HIDE_LETTERS.test(root.text);
  const skeleton = lookalikes ? skeletonView(root, nfkc, meter) : null;
  const cased = lookalikes || (nonAscii && nfkc.starts !== null) ? casedView(root, meter) : null;
  if (cased !== null) out.push(cased);
  // What the case-keeping views start from: the cased view when the text needed one.
  const casedOrRaw = cased ?? root;
  if (skeleton !== null) out.push(skeleton);
  const letters = skeleton ?? nfkc;
  const mayBeLeet = mayContainLeet(letters.text) && mayContainLeet(letters.text, outsideEncodedText(root.text, letters, meter));
  const leet = mayBeLeet ? leetView(root, letters, meter) : null;
  if (leet !== null) out.push(leet);
  const casedLeet = mayBeLeet ? casedLeetView(casedOrRaw, childName(root, "cased-leet"), root.confidence * 0.9, meter) : null;
  if (casedLeet !== null) out.push(casedLeet);
  const keySpaces = splitTokenSpaces(casedOrRaw.text, meter);
  const joinedKeys = keySpaces === null ? null : joinedKeysView(casedOrRaw, keySpaces, childName(root, JOINED_KEYS_VIEW), root.confidence * 0.9, meter);
  if (joinedKeys !== null) out.push(joinedKeys);
  const finest = leet ?? letters;
  if (cutsWordsWithHyphens(finest.text)) {
    const dehyphenated = dehyphenatedView(finest, childName(root, "dehyphenated"), root.confidence * 0.9, meter);
    if (dehyphenated !== null) out.push(dehyphenated);
  }
  if (stacksLetters(finest.text)) {
    const unstacked = unstackedView(finest, childName(root, "unstacked"), root.confidence * 0.9, meter);
    if (unstacked !== null) out.push(unstacked);
    // The same columns read in the text with case kept, for the secret and PII formats.
    const casedUnstacked = unstackedView(casedOrRaw, childName(root, "cased-unstacked"), root.confidence * 0.9, meter);
    if (casedUnstacked !== null) out.push(casedUnstacked);
  }
  const letterRuns: LongRuns = { min: MIN_RUN, found: [] };
  const splitSpaces = splitWordSpaces(finest.text, meter, letterRuns, undefined, true);
  if (letterRuns.found.length > 0) {
    const spaced = spacedView(finest, letterRuns.found, childName(root, "spaced"), root.confidence * 0.9, meter);
    if (spaced !== null) out.push(spaced);
  }
  const markup = markupInsideWords(finest.text, meter);
  if (markup !== null) {
    out.push(withoutSpans(finest, markup, childName(root, "unmarked"), root.confidence * 0.9, meter));
    // The same markup dropped from the raw text, case kept, for the secret formats.
    const rawMarkup = markup.map(([start, end]): [number, number] => [rawStartOf(finest, start), rawEndOf(finest, end - 1)]);
    out.push(withoutSpans(root, rawMarkup, childName(root, "cased-unmarked"), root.confidence * 0.9, meter));
  }
  if (splitSpaces !== null) {
    const rejoined = withoutCutsAt(finest, splitSpaces, childName(root, REJOINED_VIEW), "folded", root.confidence * 0.9, meter);
    if (rejoined !== null) out.push(rejoined);
    // The same spaces with case kept, for the raw-target signatures ("Zed has no mora ls",
    // "Api-T oken: Sk94HG7f6KB"): in ASCII text `finest` is the lowercased text or its leet
    // reading, which folds one unit into one letter, so its offsets are the raw text's.
    const casedRejoined = !nonAscii ? withoutCutsAt(root, splitSpaces, childName(root, `cased-${REJOINED_VIEW}`), "raw", root.confidence * 0.9, meter) : null;
    if (casedRejoined !== null) out.push(casedRejoined);
  }
  if (separatesLetters(finest.text)) {
    const joined = separatedLettersView(finest, childName(root, "joined"), root.confidence * 0.9, meter);
    if (joined !== null) out.push(joined);
  }
  if (readsBackwards(finest.text)) {
    out.push(...reversedViews(finest, { lines: childName(root, "reversed"), words: childName(root, "word-reversed") }, root.confidence * 0.9, meter));
  }
  if (spacesOutLetters(finest.text)) {
    const despaced = despacedView(root, finest, childName(root, "despaced"), "folded", meter);
    if (despaced !== null) out.push(despaced);
    const casedDespaced = despacedView(root, casedOrRaw, childName(root, "cased-despaced"), "raw", meter);
    if (casedDespaced !== null) out.push(casedDespaced);
    const squash = squashView(root, finest, childName(root, "squash"), meter);
    if (squash !== null) out.push(squash);
  }
  if (mayBeRot13(nfkc.text)) {
    const rot13 = rot13View(root, meter);
    if (rot13 !== null) out.push(rot13);
    // Look-alikes put over the ciphertext (ROT13 first, then homoglyphs or fullwidth forms)
    // hide turned letters: the folded letters turned whole read those.
    const turnedLetters = nonAscii ? turnedView(root, letters, meter) : null;
    if (turnedLetters !== null && turnedLetters.text !== rot13?.text) out.push(turnedLetters);
    const casedRot13 = casedRot13View(casedOrRaw, childName(root, "cased-rot13"), root.confidence * 0.9, meter);
    if (casedRot13 !== null) out.push(casedRot13);
  }
  return out;
}

// Code points the skeleton view would change: Latin letters with diacritics, Greek,
// Cyrillic, Armenian, IPA and small capitals, combining marks, fullwidth forms, and the
// emoji alphabets (U+1F150-U+1F1FF, written here as their surrogate pairs). Text with
// none of them (curly quotes, other emoji, CJK, Arabic…) needs no skeleton.
const MAY_HIDE_LETTERS = /[\u00c0-\u02ff\u0300-\u036f\u0370-\u058f\u1d00-\u1dbf\u1e00-\u1eff\ua700-\ua7ff\uff01-\uff5e]|\ud83c[\udd50-\uddff]/;

// NFKC leaves text unchanged when it has no compatibility characters, so for most text
// the nfkc view is a plain lowercase with the same offsets; these are the characters
// that force the careful per-code-point path.
const NEEDS_NFKC = /[\u00a0-\u00bf\u0130\u0149\u01c4-\u01cc\u01f1-\u01f3\u02b0-\u02ff\u0340-\u0345\u037a-\u0385\u1d00-\u1dbf\u1e9a-\u1e9b\u1fbd-\u1ffe\u2000-\u2bff\u3000-\u33ff\ua69c-\ua69d\ua770\ua7f8-\ua7f9\uab5c-\uab5f\ufb00-\ufdff\ufe00-\ufe6f\ufeff-\uffef]|[\ud800-\udfff]|\u00ad|\u034f|\u061c|\u115f|\u1160|\u17b4|\u17b5|[\u180b-\u180f]|\u3164|\uffa0/;

/** ASCII text: NFKC is the identity and lowercasing keeps every offset. */
function lowercaseAscii(root: TextView, meter: WorkMeter): TextView {
  meter.add(root.text.length);
  const folded: TextView = { ...root, name: childName(root, "nfkc"), kind: "folded", text: root.text.toLowerCase() };
  recordAsciiLowercase(folded, root);
  return folded;
}

function nfkcView(root: TextView, meter: WorkMeter): TextView {
  if (!NEEDS_NFKC.test(root.text)) {
    const lower = root.text.toLowerCase();
    meter.add(root.text.length);
    // Lowercasing that keeps the length keeps every offset (special casings that change
    // length, like "İ", fall through to the careful path).
    if (lower.length === root.text.length) return { ...root, name: childName(root, "nfkc"), kind: "folded", text: lower };
  }
  const view = transformView(
    root,
    childName(root, "nfkc"),
    "folded",
    root.confidence,
    meter,
    (cp) => {
      const folded = foldCodePoint(cp);
      return folded.length === 1 && folded.codePointAt(0) === cp ? undefined : folded;
    },
    { lowerAscii: true },
  );
  return view ?? { ...root, name: childName(root, "nfkc"), kind: "folded" };
}

/**
 * Latin letters with a stroke, which NFD does not decompose: the skeleton reads Polish
 * "słowo" as "slowo" and Norwegian "følg" as "folg", as it reads "é" as "e". Kept out of
 * the confusables table, which the learned scorer's features read too. Vietnamese "đ"
 * stays: "đã", "đó", "để" would read as the Romance "da", "do", "de" the validators know.
 */
const STROKED = new Map<number, string>(
  (
    [["ł", "l"], ["ø", "o"], ["ħ", "h"], ["ŧ", "t"], ["ƀ", "b"], ["ɨ", "i"], ["ƶ", "z"], ["ǥ", "g"]] as const
  ).map(([from, to]) => [from.codePointAt(0) ?? 0, to]),
);

/**
 * Where a combining mark is a diacritic over a letter that reads the same without it: Latin,
 * Greek, Cyrillic and Armenian (with the combining marks block), Vietnamese and polytonic
 * Greek. Elsewhere a mark makes another letter (Japanese "ど" is not "と", a Devanagari or
 * Thai vowel sign is a vowel), and dropping it garbles the text.
 */
function marksAreDiacritics(cp: number): boolean {
  return cp < 0x0590 || (cp >= 0x1e00 && cp < 0x2000);
}

/** Diacritics dropped and look-alikes mapped for one already case-folded code point. */
function skeletonOf(cp: number): string | undefined {
  if (cp < 0xc0) return undefined;
  const lookalike = confusableOf(cp) ?? STROKED.get(cp);
  if (lookalike !== undefined) return lookalike;
  if (!marksAreDiacritics(cp)) return undefined;
  const base = stripMarks(cp);
  return base.length === (cp > 0xffff ? 2 : 1) && base.codePointAt(0) === cp ? undefined : base;
}

/**
 * One raw code point as the skeleton reads it: a capital look-alike mapped before case
 * folding turns it into a different look-alike (Greek "Μ" → "μ"), then folded with its
 * diacritics dropped.
 */
function skeletonOfCodePoint(cp: number): string {
  const capital = confusableOf(cp);
  if (capital !== undefined) return capital;
  let out = "";
  for (const ch of foldCodePoint(cp)) out += skeletonOf(ch.codePointAt(0) ?? 0) ?? ch;
  return out;
}

/** Built from the raw text, not from `nfkc`, for the capital look-alikes (`skeletonOfCodePoint`). */
function skeletonView(root: TextView, nfkc: TextView, meter: WorkMeter): TextView | null {
  const view = transformView(root, childName(root, "skeleton"), "folded", root.confidence * 0.95, meter, skeletonOfCodePoint, { lowerAscii: true });
  return view === null || view.text === nfkc.text ? null : view;
}

/**
 * The raw text with case kept but NFKC applied, default-ignorables removed and
 * look-alikes mapped (keeping upper case upper): what secrets, PII and markers are
 * matched on when the raw text hides them behind fullwidth forms or homoglyphs.
 */
function casedView(root: TextView, meter: WorkMeter): TextView | null {
  return transformView(root, childName(root, "cased"), "raw", root.confidence * 0.95, meter, (cp) => {
    const lookalike = confusableOf(cp);
    if (lookalike !== undefined) {
      const upper = String.fromCodePoint(cp).toLowerCase() !== String.fromCodePoint(cp);
      return upper ? lookalike.toUpperCase() : lookalike;
    }
    const folded = foldCodePoint(cp);
    if (folded === "") return "";
    const nfkc = String.fromCodePoint(cp).normalize("NFKC");
    return nfkc === String.fromCodePoint(cp) ? undefined : nfkc;
  });
}

function leetView(root: TextView, source: TextView, meter: WorkMeter): TextView | null {
  const text = source.text;
  const everywhere = isLeetThroughout(text);
  return transformView(
    source,
    childName(root, "leet"),
    "folded",
    root.confidence * 0.9,
    meter,
    (cp, i) => (cp < 0x80 ? leetLetterAt(text, i, everywhere) : undefined),
    { visit: isLeetCandidateUnit },
  );
}

/**
 * ROT13 turns only the 26 ASCII letters, so only those are turned back; every other letter
 * is read as the skeleton reads it, after the turn: "wcześniej" written "jpmrśavrw" and
 * a Cyrillic "а" left in "аyy" come back as "wczesniej" and "all". Turning the skeleton
 * instead would turn letters the writer never turned ("ś" → "s" → "f"); that reading
 * (`turnedView`) is kept beside this one for look-alikes put over the ciphertext.
 */
function rot13View(root: TextView, meter: WorkMeter): TextView | null {
  return transformView(
    root,
    childName(root, "rot13"),
    "folded",
    root.confidence * 0.9,
    meter,
    (cp) => (cp < 0x80 ? String.fromCharCode((((cp | 0x20) - 0x61 + 13) % 26) + 0x61) : skeletonOfCodePoint(cp)),
    { visit: isAsciiLetter },
  );
}

/** Every letter of the folded letters (skeleton or nfkc) turned by 13, look-alikes and accented letters included. */
function turnedView(root: TextView, letters: TextView, meter: WorkMeter): TextView | null {
  return transformView(
    letters,
    childName(root, "letters-rot13"),
    "folded",
    root.confidence * 0.9,
    meter,
    (cp) => String.fromCharCode(((cp - 0x61 + 13) % 26) + 0x61),
    { visit: isLowerAsciiLetter },
  );
}

// ROT13 of frequent English words (the, and, you, your, to, of, is, that, all, this,
// with, are, previous, instructions, ignore) — two of them make a ROT13 view worthwhile.
const ROT13_WORDS = /\b(?:gur|naq|lbh|lbhe|gb|bs|vf|gung|nyy|guvf|jvgu|ner|cerivbhf|vafgehpgvbaf|vtaber)\b/g;

function mayBeRot13(text: string): boolean {
  if (/\brot[- ]?13\b|\bcaesar\b/.test(text)) return true;
  ROT13_WORDS.lastIndex = 0;
  let hits = 0;
  while (ROT13_WORDS.exec(text) !== null) if (++hits >= 2) return true;
  return false;
}
