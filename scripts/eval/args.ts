/** Command-line options of `npm run eval`, parsed without a dependency. */
export interface EvalOptions {
  data: string;
  model: boolean;
  only?: string;
  errors: number;
  evasionSample: number;
  json: boolean;
  /** Pass each text as a document part of the user's message (document-input.ts). */
  asDocument: boolean;
}

export const EVAL_USAGE = `usage: npm run eval -- --data <dir> [--no-model] [--only <file substring>]
       [--errors <n>] [--evasion-sample <n>] [--json] [--as-document]`;

/** Evasion runs 8 transforms over the attacks; a bounded sample keeps the run short. */
const DEFAULT_EVASION_SAMPLE = 400;

export type ParsedArgs = { ok: true; options: EvalOptions } | { ok: false; message: string };

export function parseEvalArgs(argv: readonly string[]): ParsedArgs {
  let data: string | undefined;
  const options: Omit<EvalOptions, "data"> = { model: true, errors: 0, evasionSample: DEFAULT_EVASION_SAMPLE, json: false, asDocument: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const next = argv[i + 1];
    const value = next !== undefined && !next.startsWith("--") ? next : undefined;
    const count = value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
    switch (flag) {
      case "--no-model":
        options.model = false;
        continue;
      case "--json":
        options.json = true;
        continue;
      case "--as-document":
        options.asDocument = true;
        continue;
      case "--data":
        if (value === undefined) return fail("--data needs a directory");
        data = value;
        break;
      case "--only":
        if (value === undefined) return fail("--only needs a file name substring");
        options.only = value;
        break;
      case "--errors":
        if (count === undefined) return fail("--errors needs a count");
        options.errors = count;
        break;
      case "--evasion-sample":
        if (count === undefined) return fail("--evasion-sample needs a count (0 = all attacks)");
        options.evasionSample = count;
        break;
      default:
        return fail(`unknown argument: ${flag}`);
    }
    i++; // the flag's value
  }
  if (data === undefined) return fail("--data <dir> is required");
  return { ok: true, options: { data, ...options } };
}

function fail(message: string): ParsedArgs {
  return { ok: false, message: `${message}\n${EVAL_USAGE}` };
}
