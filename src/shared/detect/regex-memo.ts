/**
 * A per-isolate memo of something derived from a signature's regex (its literal
 * requirement, its match heads). Deriving parses the pattern, which costs milliseconds,
 * so every engine built from the same signatures shares the result. The built-ins' values
 * come precomputed (`npm run generate:literals`) and seed the memo, so a fresh isolate
 * parses no built-in pattern; the cap only bounds memory when tenants' custom signatures
 * keep changing.
 */
import { requirementKey } from "./required-literals";

const MEMO_LIMIT = 4096;

export function regexMemo<T>(precomputed: Iterable<readonly [string, T]>, derive: (regex: RegExp) => T): (regex: RegExp) => T {
  const memo = new Map<string, T>(precomputed);
  return (regex) => {
    const key = requirementKey(regex);
    if (memo.has(key)) return memo.get(key) as T;
    const value = derive(regex);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
    return value;
  };
}
