import { describe, expect, it } from "vitest";
import { builtinHeads, builtinRequirements, rejoinWords } from "../../../src/shared/detect/builtin-requirements";
import { compileBuiltins } from "../../../src/shared/detect/compiled-signature";
import { requiredLiterals } from "../../../src/shared/detect/required-literals";
import { BUILTIN_SIGNATURES } from "../../../src/shared/detect/signatures/index";
import { REVEAL_LATIN } from "../../../src/shared/detect/signatures/multilingual-extraction";
import shipped from "../../../src/shared/detect/signatures/literal-requirements.json";
import shippedHeads from "../../../src/shared/detect/signatures/match-heads.json";
import shippedRejoinWords from "../../../src/shared/detect/signatures/rejoin-words.json";

/**
 * The built-ins whose patterns give no literal requirement: they gate on their declared anchors
 * or literals instead, or run on every text. Regenerating the JSON files hides a signature that
 * loses its requirement (a shared word list given a branch with no literal weakens every
 * pattern that uses it, with every other test passing), so joining this list is a decision.
 */
const UNGATED = [
  "agent.addressed-order.v1", "agent.forward-out.v1", "agent.pipe-to-shell-urged.v1", "agent.pipe-to-shell.v1",
  "agent.preapproved-action-intl.v1", "ex.forbidden-to-say-intl.v1", "ex.forgotten-secret-nonlatin.v1", "ex.hidden-preamble-nonlatin.v1",
  "ex.instructions-verbatim-nonlatin.v1", "ex.received-before-nonlatin.v1", "ex.reveal-prompt-nonlatin.v1", "ex.secret-game-nonlatin.v1",
  "ex.secret-instructions-nonlatin.v1", "ex.secret-request-nonlatin.v1", "ex.text-above-intl.v1", "exfil.previous-user-data.v1",
  "exfil.url-slot.v1", "jb.compliance-prefix-nonlatin.v1", "jb.developer-mode-nonlatin.v1", "jb.encoded-past-filter-nonlatin.v1",
  "jb.filters-off-nonlatin.v1", "jb.framed-harm-nonlatin.v1", "jb.never-refuse-intl.v1", "jb.payload-splitting.v1",
  "jb.pretend-no-rules-nonlatin.v1", "jb.primed-dialogue.v1", "jb.refusal-costs-tokens-intl.v1", "jb.refusal-suppression-rules.v1",
  "jb.stop-being-assistant-nonlatin.v1", "jb.unbound-latin.v1", "jb.unbound-nonlatin.v1", "jb.unfiltered-answer-nonlatin.v1",
  "pi.ai-role-label-latin.v1", "pi.ai-role-label-nonlatin.v1", "pi.answers-fixed-nonlatin.v1", "pi.banner-then-system-label.v1",
  "pi.conceal-from-user-nonlatin.v1", "pi.configuration-overridden-nonlatin.v1", "pi.dismiss-content-nonlatin.v1", "pi.doc-addresses-model-latin.v1",
  "pi.doc-addresses-model-nonlatin.v1", "pi.doc-addresses-model.v1", "pi.doc-dictates-answer-intl.v1", "pi.doc-obey-me.v1",
  "pi.doc-planted-assumption.v1", "pi.doc-reader-ai-latin.v1", "pi.doc-reader-ai-nonlatin.v1", "pi.fake-control-tag.v1",
  "pi.instructions-revoked-nonlatin.v1", "pi.new-system-message-nonlatin.v1", "pi.obey-only-me.v1", "pi.objective-replaced-nonlatin.v1",
  "pi.only-task-intl.v1", "pi.operator-dismissed-nonlatin.v1", "pi.override-nonlatin.v1", "pi.override-told-nonlatin.v1",
  "pi.reader-addressed-nonlatin.v1", "pi.reader-note-nonlatin.v1", "pi.real-task-intl.v1", "pi.split-payload.v1",
  "pi.token-flood.v1", "pii.card-number-named.v1", "pii.card-number.v1", "pii.email.v1",
  "pii.iban.v1", "pii.identity-document.v1", "pii.national-number.v1", "pii.personal-phone.v1",
  "pii.phone.v1", "pii.street-address.v1", "pii.us-ssn.v1", "sec.provider-token.v1",
  "sec.shaped-token.v1", "struct.role-marker.v1", "tool.destructive-command.v1",
];

describe("precomputed literal requirements and match heads of the built-in signatures", () => {
  it("match what the patterns derive today (run `npm run generate:literals` after changing a signature)", () => {
    expect(shipped).toEqual(builtinRequirements());
  });

  it("and so do the match heads (run `npm run generate:literals` after changing a signature)", () => {
    expect(shippedHeads).toEqual(builtinHeads());
  });

  it("and so do the words the rejoined view knows (run `npm run generate:literals` after changing a signature)", () => {
    const words = rejoinWords(builtinRequirements());
    expect(shippedRejoinWords).toEqual(words);
    expect(words).toEqual(expect.arrayContaining(["ignore", "instructions", "password", "previous"]));
    expect(words.every((word) => /^[a-z]{5,}$/.test(word))).toBe(true);
  });

  it("take in, lowercased, the words of the regexes validators require (a signature's `context`)", () => {
    expect(rejoinWords([], [/\bHypothetical\W+Screenplay\b/])).toEqual(["hypothetical", "screenplay"]);
    expect(rejoinWords(builtinRequirements())).toEqual(expect.arrayContaining(["screenplay", "novelist"]));
  });

  it("leave out a word the patterns also take as two words one space apart", () => {
    expect(rejoinWords([], [/\b(?:developer|god)[ _]?mode\b/])).toEqual(["developer"]);
    expect(rejoinWords([], [/\bsafetyfilters?\b/])).toEqual(["safetyfilter", "safetyfilters"]);
    const shipped = rejoinWords(builtinRequirements());
    expect(shipped).toEqual(expect.arrayContaining(["developer", "safety", "filters"]));
    expect(shipped).not.toEqual(expect.arrayContaining(["developermode"]));
    expect(shipped).not.toEqual(expect.arrayContaining(["safetyfilters"]));
  });

  it("leave ungated only the signatures listed on purpose", () => {
    const ungated = compileBuiltins(BUILTIN_SIGNATURES, new Set())
      .filter((signature) => signature.regex !== null && requiredLiterals(signature.regex) === null)
      .map((signature) => signature.id)
      .sort();
    expect(ungated).toEqual(UNGATED);
  });

  it("keep a literal in every branch of the shared verb list REVEAL_LATIN", () => {
    expect(requiredLiterals(new RegExp(REVEAL_LATIN, "g"))).not.toBeNull();
    // Session 29: two-letter Vietnamese verbs added to it took 159 verbs out of the rejoin vocabulary.
    expect(requiredLiterals(new RegExp(`(?:${REVEAL_LATIN}|in\\W+ra)`, "g"))).toBeNull();
  });
});
