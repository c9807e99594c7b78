/** Command-line options of `npm run eval`, parsed without a dependency. */
export interface EvalOptions {
  data: string;
  model: boolean;
  only?: string;
  errors: number;
  evasionSample: number;
  json: boolean;
}

export const EVAL_USAGE = `usage: npm run eval -- --data <dir> [--no-model] [--only <file substring>]
       [--errors <n>] [--evasion-sample <n>] [--json]`;

/** Evasion runs 8 transforms over the attacks; a bounded sample keeps the run short. */
const DEFAULT_EVASION_SAMPLE = 400;

export type ParsedArgs = { ok: true; options: EvalOptions } | { ok: false; message: string };

export function parseEvalArgs(argv: readonly string[]): ParsedArgs {
  const options: Partial<EvalOptions> & { model: boolean; errors: number; evasionSample: number; json: boolean } = {
    model: true,
    errors: 0,
    evasionSample: DEFAULT_EVASION_SAMPLE,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const takeValue = (): string | undefined => {
      i++;
      return value !== undefined && !value.startsWith("--") ? value : undefined;
    };
    const takeCount = (): number | undefined => {
      const raw = takeValue();
      const n = raw === undefined ? NaN : Number(raw);
      return Number.isInteger(n) && n >= 0 ? n : undefined;
    };
    switch (flag) {
      case "--data": options.data = takeValue(); if (!options.data) return fail("--data needs a directory"); break;
      case "--only": options.only = takeValue(); if (!options.only) return fail("--only needs a file name substring"); break;
      case "--no-model": options.model = false; break;
      case "--json": options.json = true; break;
      case "--errors": {
        const n = takeCount();
        if (n === undefined) return fail("--errors needs a count");
        options.errors = n;
        break;
      }
      case "--evasion-sample": {
        const n = takeCount();
        if (n === undefined) return fail("--evasion-sample needs a count (0 = all attacks)");
        options.evasionSample = n;
        break;
      }
      default: return fail(`unknown argument: ${flag}`);
    }
  }
  if (options.data === undefined) return fail("--data <dir> is required");
  return { ok: true, options: { ...options, data: options.data } };
}

function fail(message: string): ParsedArgs {
  return { ok: false, message: `${message}\n${EVAL_USAGE}` };
}
