/** One hand-written item; make.ts turns it into an eval record. */
export interface Item {
  category: string;
  subcategory: string;
  text: string;
  system_prompt?: string;
  lang?: string;
}

export const item =
  (category: string) =>
  (subcategory: string, text: string, extra: { system_prompt?: string; lang?: string } = {}): Item => ({
    category,
    subcategory,
    text,
    ...extra,
  });
