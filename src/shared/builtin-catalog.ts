import { BUILTIN_SIGNATURES } from "./detect/signatures";
import type { Category, Severity } from "./schemas/common";

/** A built-in signature as the admin API lists it: what it is, never its pattern internals. */
export interface BuiltinSignatureInfo {
  id: string;
  version: number;
  category: Category;
  severity: Severity;
  description: string;
}

const BUILTIN_IDS = new Set(BUILTIN_SIGNATURES.map((s) => s.id));

export function listBuiltinSignatures(): BuiltinSignatureInfo[] {
  return BUILTIN_SIGNATURES.map(({ id, version, category, severity, description }) => ({ id, version, category, severity, description }));
}

/** Custom signatures may not reuse a built-in id: disabling one by id must stay unambiguous. */
export function isBuiltinSignatureId(id: string): boolean {
  return BUILTIN_IDS.has(id);
}
