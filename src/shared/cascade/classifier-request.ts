/**
 * The inputs Workers AI expects for the configured model. Llama Guard models are chat
 * models (`{ messages }`, asked for JSON so their answer parses as `{ safe, categories }`);
 * every other model is called as a text classifier (`{ text }`), the input shape of the
 * Workers AI text-classification task.
 */
export function classifierInputs(model: string, text: string): unknown {
  if (/llama-guard/i.test(model)) {
    return { messages: [{ role: "user", content: text }], temperature: 0, response_format: { type: "json_object" } };
  }
  return { text };
}
