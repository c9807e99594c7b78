import type { Context } from "hono";
import type { z } from "zod";
import { fieldErrors } from "../shared/field-errors";
import { ProblemError } from "./problem";

/** Validates the query string against a schema; 400 with field errors otherwise. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ProblemError(400, "Invalid request", "invalid-request", "The query string does not match the schema.", fieldErrors(parsed.error));
  }
  return parsed.data;
}
