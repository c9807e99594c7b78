/**
 * Requests for what the operator's prompt protects. Asking a password-guarding assistant
 * about "the password", in any language and however wrapped (a poem about it, its
 * letters backwards, its Base64), is the attack itself; so is asking an assistant that
 * holds a user's profile where that user lives or what their e-mail is. Neither request
 * is suspicious without the declaration, so these signatures only run when
 * `readProtectedFacts` found one, and only on the user's own turns.
 */
import type { CompiledSignature } from "../compiled-signature";
import { detectorSignature, hitInView } from "../detector-signature";
import type { Hit } from "../scan";
import type { TextView } from "../view-builder";
import type { WorkMeter } from "../work-meter";
import { mentionsName, type ProtectedFacts } from "./declarations";
import { CREDENTIAL_WORDS, PERSONAL_ATTRIBUTE_WORDS, PROFILE_OWNER_WORDS } from "./lexicon";
import { WordFinder } from "./word-finder";

/**
 * High: once the operator has stated a secret value, any question about it is the attack
 * itself, in whatever disguise. The profile request stays medium: personal assistants
 * that hold a profile are asked about their user's details for good reasons too.
 */
export const PROTECTED_CREDENTIAL_SIGNATURE: CompiledSignature = detectorSignature(
  "ex.protected-credential.v1",
  1,
  "system_prompt_extraction",
  "high",
);
export const PROTECTED_PROFILE_SIGNATURE: CompiledSignature = detectorSignature(
  "ex.protected-profile.v1",
  1,
  "system_prompt_extraction",
  "medium",
);

const CREDENTIALS = new WordFinder(CREDENTIAL_WORDS);
const ATTRIBUTES = new WordFinder(PERSONAL_ATTRIBUTE_WORDS);
const OWNERS = new WordFinder(PROFILE_OWNER_WORDS);

/** True when the text names the profile's owner: "the user", or one of the profile's own names. */
function namesOwner(folded: string, names: ReadonlySet<string>): boolean {
  return OWNERS.find(folded) !== null || mentionsName(folded, names);
}

/** Hits for requests of protected facts in one user message's folded views. */
export function findProtectedFactRequests(facts: ProtectedFacts, views: readonly TextView[], meter: WorkMeter): Hit[] {
  if (!facts.credential && !facts.profile) return [];
  const hits: Hit[] = [];
  let credentialFound = !facts.credential;
  let profileFound = !facts.profile;
  for (const view of views) {
    if (view.kind !== "folded" || (credentialFound && profileFound)) continue;
    meter.add(view.text.length);
    if (!credentialFound) {
      const at = CREDENTIALS.find(view.text);
      if (at !== null) {
        hits.push(hitInView(PROTECTED_CREDENTIAL_SIGNATURE, view, at[0], at[1]));
        credentialFound = true;
      }
    }
    if (!profileFound) {
      const at = ATTRIBUTES.find(view.text);
      if (at !== null && namesOwner(view.text, facts.names)) {
        hits.push(hitInView(PROTECTED_PROFILE_SIGNATURE, view, at[0], at[1]));
        profileFound = true;
      }
    }
  }
  return hits;
}
