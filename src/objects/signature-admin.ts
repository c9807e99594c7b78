import { isBuiltinSignatureId } from "../shared/builtin-catalog";
import { checkCustomPattern } from "../shared/detect/custom-signatures";
import { CustomSignatureInput, type CustomSignature, SIGNATURE_LIMITS } from "../shared/schemas/signature";
import { type RpcResult, fail, ok } from "./rpc-result";
import type { SignatureStore } from "./signature-store";
import { parseInput } from "./validation";

/**
 * The rules for changing custom signatures: shape (400), a pattern that could run away
 * or is too large (422, before anything is stored), ids that shadow a built-in (409),
 * and a per-tenant cap (422).
 */
export class SignatureAdmin {
  constructor(private readonly store: SignatureStore) {}

  create(input: unknown, now: number): RpcResult<CustomSignature> {
    const checked = this.#vet(input);
    if (!checked.ok) return checked;
    if (isBuiltinSignatureId(checked.value.id)) return fail("conflict", `${checked.value.id} is a built-in signature id.`);
    if (this.store.count() >= SIGNATURE_LIMITS.maxCustomSignatures) {
      return fail("unprocessable", `A tenant may have at most ${SIGNATURE_LIMITS.maxCustomSignatures} custom signatures.`);
    }
    const created = this.store.create(checked.value, now);
    return created ? ok(created) : fail("conflict", `Signature ${checked.value.id} already exists.`);
  }

  replace(id: string, input: unknown, now: number): RpcResult<CustomSignature> {
    const checked = this.#vet(input);
    if (!checked.ok) return checked;
    if (checked.value.id !== id) return fail("unprocessable", "The body's id must match the path.");
    const replaced = this.store.replace(checked.value, now);
    return replaced ? ok(replaced) : fail("not_found", `No signature ${id}.`);
  }

  delete(id: string): RpcResult<CustomSignature> {
    const deleted = this.store.delete(id);
    return deleted ? ok(deleted) : fail("not_found", `No signature ${id}.`);
  }

  #vet(input: unknown): RpcResult<CustomSignatureInput> {
    const parsed = parseInput(CustomSignatureInput, input);
    if (!parsed.ok) return parsed;
    const check = checkCustomPattern(parsed.value);
    if (!check.ok) {
      return fail("unprocessable", `The pattern was refused: ${check.reason}`, { errors: [{ path: "pattern", message: check.reason }] });
    }
    return parsed;
  }
}
