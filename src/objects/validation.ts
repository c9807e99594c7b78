import type { z } from "zod";
import { fieldErrors } from "../shared/field-errors";
import { type RpcResult, fail, ok } from "./rpc-result";

/**
 * Validates RPC input again inside the Durable Object: the edge validated it already,
 * but the DO is the authority over tenant state and trusts no caller's shapes.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): RpcResult<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail("invalid_request", "The request body does not match the schema.", { errors: fieldErrors(parsed.error) });
}
