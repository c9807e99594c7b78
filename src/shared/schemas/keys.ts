import { z } from "zod";

/** What a key may do: `inspect` is the data plane, `stream` the live feed, `admin` the tenant admin API. */
export const Scope = z.enum(["inspect", "stream", "admin"]);
export type Scope = z.infer<typeof Scope>;

export const KeyName = z.string().min(1).max(80);

export const CreateKeyRequest = z.strictObject({
  name: KeyName,
  scopes: z.array(Scope).min(1).max(3),
});
export type CreateKeyRequest = z.infer<typeof CreateKeyRequest>;

/** A key as listed: never the secret, never the hash. */
export const KeyInfo = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(Scope),
  /** The key's first characters, enough for a human to tell keys apart. */
  prefix: z.string(),
  created_at: z.number().int(),
  revoked_at: z.number().int().nullable(),
});
export type KeyInfo = z.infer<typeof KeyInfo>;

/** Returned once, at creation: the only time the full key is visible. */
export const IssuedKey = KeyInfo.extend({ key: z.string() });
export type IssuedKey = z.infer<typeof IssuedKey>;
