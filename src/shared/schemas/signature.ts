import { z } from "zod";
import { Category, CategoryAction, Severity } from "./common";

export const SIGNATURE_LIMITS = { maxPatternChars: 2048, maxCustomSignatures: 500 } as const;

export const SignatureId = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, "signature id must match [a-z0-9][a-z0-9._-]{1,63}");

/** A tenant's own signature, compiled together with the built-in packs. */
export const CustomSignatureInput = z.strictObject({
  id: SignatureId,
  kind: z.enum(["regex", "phrase", "keywords"]),
  /** regex: a JavaScript regex source; phrase: literal text; keywords: words separated by commas, all must occur. */
  pattern: z.string().min(1).max(SIGNATURE_LIMITS.maxPatternChars),
  category: Category.default("custom"),
  severity: Severity.default("medium"),
  action: CategoryAction.default("flag"),
  mode: z.enum(["enforce", "shadow"]).default("enforce"),
  enabled: z.boolean().default(true),
  description: z.string().max(500).default(""),
});
export type CustomSignatureInput = z.infer<typeof CustomSignatureInput>;

export const CustomSignature = CustomSignatureInput.extend({
  version: z.number().int().positive(),
});
export type CustomSignature = z.infer<typeof CustomSignature>;
