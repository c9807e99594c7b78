import type { Context } from "hono";
import type { z } from "zod";
import { fieldErrors } from "../shared/field-errors";
import { ProblemError } from "./problem";

/** Bodies over 1 MiB are refused before they are parsed (DESIGN §4). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Deeper JSON is refused before JSON.parse: no request of ours nests beyond a handful of levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads, parses and validates a JSON body: 415 for another media type, 413 over the
 * size limit (checked on the declared length and again while streaming, since a
 * chunked body has none), 400 for malformed or over-deep JSON or a schema mismatch.
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ProblemError(415, "Unsupported Media Type", "unsupported-media-type", "Send the body as application/json.");
  }
  const text = await readLimited(c.req.raw);
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    throw new ProblemError(400, "Invalid request", "invalid-json", `JSON nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError(400, "Invalid request", "invalid-json", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ProblemError(400, "Invalid request", "invalid-request", "The request body does not match the schema.", fieldErrors(parsed.error));
  }
  return parsed.data;
}

function tooLarge(): ProblemError {
  return new ProblemError(413, "Content Too Large", "content-too-large", `The body exceeds ${MAX_BODY_BYTES} bytes.`);
}

async function readLimited(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemError(400, "Invalid request", "invalid-json", "The body is not valid UTF-8.");
  }
}

/** Maximum nesting of arrays and objects, skipping brackets inside strings; one linear pass. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) max = Math.max(max, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}
