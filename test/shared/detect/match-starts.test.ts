import { describe, expect, it } from "vitest";
import { compileBuiltins } from "../../../src/shared/detect/compiled-signature";
import { LiteralAutomaton, WANTED } from "../../../src/shared/detect/literal-automaton";
import { MatchStarts, ViewStarts } from "../../../src/shared/detect/match-starts";
import { NO_METER } from "../../../src/shared/detect/work-meter";
import { matchHeads } from "../../../src/shared/detect/required-literals";
import { BUILTIN_SIGNATURES } from "../../../src/shared/detect/signatures/index";
import { buildViews } from "../../../src/shared/detect/views";
import { HeadWords, indexWords, leadingLetters } from "../../../src/shared/detect/word-heads";
import { AnchorSet, anchorKey } from "../../../src/shared/detect/prefilter";

/** Start offsets of every match a global run of `regex` finds in `text`. */
function matchStartsOf(regex: RegExp, text: string): number[] {
  const global = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`);
  const starts: number[] = [];
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    else starts.push(m.index);
  }
  return starts;
}

describe("the heads every match of a regex starts with", () => {
  it.each([
    [/\b(?:ignore|forget)\s+all\b/, ["ignore", "forget"], []],
    [/summari[sz]e\W+this/, [], ["summarise", "summarize"]],
    [/(?:foo)?bar/, [], ["bar", "foobar"]],
    [/(?:^|\n)document:/, [], ["document:", "\ndocument:"]],
    [/\bdo\W+not|\bnever\b/, ["do", "never"], []],
    [/[\[<(]\W{0,2}admin|\bignore/, ["ignore"], ["[", "<", "("]],
    [/(?:\b|x)abc/, [], ["abc", "xabc"]],
    [/\b(?=x)abc/, ["abc"], []],
    [/(?:ab){2,}c/, [], ["ab"]],
    [/\bab|ab/, [], ["ab"]],
  ])("%s starts with one of %j at a word boundary or one of %j anywhere", (pattern, atWordBoundary, anywhere) => {
    expect(matchHeads(pattern)).toEqual({ atWordBoundary, anywhere });
  });

  it.each([
    [/(?:^|\n|>)\s{0,4}admin:/, [], ["\n", ">"]],
    [/^\s*system:|\bignore/, ["ignore"], []],
    [/^\s*system/, [], []],
  ])("%s starts with one of %j at a word boundary or one of %j anywhere, or at the text's start", (pattern, atWordBoundary, anywhere) => {
    expect(matchHeads(pattern)).toEqual({ atWordBoundary, anywhere, atStart: true });
  });

  it("knows nothing of a start where `^` also holds after each line break", () => {
    expect(matchHeads(/(?:^|>)\s*admin:/m)).toBeNull();
  });

  it.each([
    [/\w+ing/, "any word character"],
    [/(?:please\s+)?ignore/, "an optional start that is no list of strings"],
    [/x*/, "the empty match"],
    [/secret/i, "case-insensitive"],
    [/ᴀᴅᴍɪɴ/u, "non-ASCII letters"],
    [/(?:^|\s)\S{48,}/, "a start that may be empty, then anything"],
    [/\bignore|\w+/, "one alternative that may start anywhere with anything"],
  ])("%s has none it can prove (%s)", (pattern) => {
    expect(matchHeads(pattern)).toBeNull();
  });
});

describe("head occurrences", () => {
  it("lists no more than the cap of a literal's occurrences, and says which it left out", () => {
    const automaton = new LiteralAutomaton(["ab", "x"]);
    const found = automaton.occurrences("ab ab ab x", new Uint8Array(2).fill(WANTED.everywhere), 2);
    expect([...found.crowded]).toEqual([1, 0]);
    expect([...found.starts.subarray(found.first[1], found.first[2])]).toEqual([9]);
  });

  it("stops reading once the rest is pointless", () => {
    const automaton = new LiteralAutomaton(["ab", "x"]);
    const found = automaton.occurrences("ab ab ab x", new Uint8Array(2).fill(WANTED.everywhere), 2, (list) => list.isCrowded(0));
    expect([...found.crowded]).toEqual([1, 0]);
    expect(found.first[2]).toBe(found.first[1]);
  });

  it("finds every occurrence an indexOf walk finds, or only those where \\b holds", () => {
    const literals = ["ab", "b", "abc", "[x", "do"];
    const automaton = new LiteralAutomaton(literals);
    for (const text of ["abc ab_abc [x do don't undo", "", "b", "xab ab-ab 9ab"]) {
      for (const mode of [WANTED.everywhere, WANTED.atWordBoundary]) {
        const found = automaton.occurrences(text, new Uint8Array(literals.length).fill(mode), text.length);
        literals.forEach((literal, id) => {
          const expected: number[] = [];
          for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            const boundary = /\w/.test(text[at - 1] ?? "") !== /\w/.test(text[at] ?? "");
            if (mode === WANTED.everywhere || boundary) expected.push(at);
          }
          expect([...found.starts.subarray(found.first[id], found.first[id + 1])], `${literal} in ${JSON.stringify(text)}`).toEqual(expected);
        });
      }
    }
  });

  it("finds the words that begin with given letters, where \\b holds, and the anchor words", () => {
    const prefixes = [leadingLetters("ign"), leadingLetters("ignoring"), leadingLetters("don't")].filter((p) => p !== null);
    expect(prefixes).toEqual(["ign", "ignori", "don"]);
    const heads = new HeadWords(prefixes);
    const wanted = { heads, wanted: new Uint8Array(heads.size).fill(1), cap: 100 };
    const index = indexWords("ignore x_ignore ignoring don't 9don Ignore", new AnchorSet([anchorKey("ignore")]), wanted);
    const at = (prefix: string): number[] => {
      const id = heads.idOfPrefix(prefix);
      const { first, starts } = index.heads ?? { first: new Int32Array(id + 2), starts: new Int32Array(0) };
      return [...starts.subarray(first[id], first[id + 1])];
    };
    expect(at("ign")).toEqual([0, 16]);
    expect(at("ignori")).toEqual([16]);
    expect(at("don")).toEqual([25]);
    expect(index.anchors.get(anchorKey("ignore"))).toEqual([0, 9]);
  });
});

describe("match starts of the built-in signatures", () => {
  it("include every start a plain search finds, on every view of every case", () => {
    const signatures = compileBuiltins(BUILTIN_SIGNATURES, new Set()).filter((s) => s.target === "folded");
    const starts = new MatchStarts(signatures);
    for (const definition of BUILTIN_SIGNATURES) {
      const signature = signatures.find((s) => s.id === definition.id);
      if (signature === undefined || signature.regex === null || starts.headsOf(signature) === undefined) continue;
      for (const text of [...definition.cases.positive, ...definition.cases.negative]) {
        for (const view of buildViews(text)) {
          if (view.kind !== "folded") continue;
          // Padded past the length from which views look for heads, with text that holds none.
          const padded = `${view.text}${" ".repeat(1024)}`;
          const viewStarts = new ViewStarts(starts, new AnchorSet([]), padded, [signature], NO_METER);
          // Null: too many starts to list, and the regex runs everywhere.
          const found = viewStarts.of(signature, Number.POSITIVE_INFINITY);
          if (found === null) continue;
          const offsets = new Set(found.offsets);
          for (const at of matchStartsOf(signature.regex, padded)) expect(offsets.has(at), `${signature.id} at ${at} of ${view.name}`).toBe(true);
        }
      }
    }
  });
});
