/**
 * API keys look like `fwk_<tenantId>_<secret>`: the edge learns the tenant from the key
 * alone (no storage read), and the tenant's Durable Object checks the secret.
 */
import { TenantId } from "./schemas/common";

const KEY_PREFIX = "fwk_";
/** 32 random bytes → 43 base64url characters: 256 bits, well over DESIGN's 128-bit floor. */
const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface ParsedKey {
  tenantId: string;
  secret: string;
}

/** Parses a presented key; `null` for anything malformed (the caller answers 401). */
export function parseApiKey(presented: string): ParsedKey | null {
  if (!presented.startsWith(KEY_PREFIX)) return null;
  const rest = presented.slice(KEY_PREFIX.length);
  // Tenant ids never contain "_" and secrets may, so the first "_" splits them.
  const split = rest.indexOf("_");
  if (split < 0) return null;
  const tenantId = rest.slice(0, split);
  const secret = rest.slice(split + 1);
  if (!TenantId.safeParse(tenantId).success || !SECRET_PATTERN.test(secret)) return null;
  return { tenantId, secret };
}

/** Creates a new key for a tenant from the platform's CSPRNG. */
export function generateApiKey(tenantId: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return `${KEY_PREFIX}${tenantId}_${toBase64Url(bytes)}`;
}

/** SHA-256 of the whole key, hex: what storage keeps instead of the key. */
export async function hashApiKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  return toHex(new Uint8Array(digest));
}

/**
 * Compares two equal-length strings without an early exit, so the time taken does not
 * reveal how many leading characters matched.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The visible start of a key, so people can tell their keys apart in listings. */
export function keyPrefix(key: string): string {
  // The first "_" after the prefix ends the tenant id (secrets may contain "_" too).
  return `${key.slice(0, key.indexOf("_", KEY_PREFIX.length) + 5)}…`;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
