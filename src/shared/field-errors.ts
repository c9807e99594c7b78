import type { z } from "zod";

export interface FieldError {
  path: string;
  message: string;
}

/** zod issues in the shape problem responses carry: a dotted path and a message, at most 20. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}
