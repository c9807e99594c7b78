/**
 * `--as-document`: each record's text reaches the engine as a document part of the user's
 * message (`{ type: "document", text }`), as an application that marks the content it passes
 * on would send it. Measures what marking content buys on sets of pasted content, and what it
 * costs on prompts that are the user's own words.
 */
import type { Engine } from "../../src/shared/detect/contract";

export function readingAsDocuments(engine: Engine): Engine {
  return {
    inspect: (input) =>
      engine.inspect({
        ...input,
        messages: input.messages.map((m) => (m.role === "user" && typeof m.content === "string" ? { ...m, content: [{ type: "document", text: m.content }] } : m)),
      }),
  };
}
