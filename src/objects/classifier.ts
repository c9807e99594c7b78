/**
 * The cascade's one network call: the tenant's uncertain case to a Workers AI classifier,
 * bounded by the policy's timeout. Everything it decides from the answer is pure
 * (src/shared/cascade); this module only calls, times and catches.
 */
import { readClassifierAnswer } from "../shared/cascade/classifier-answer";
import { classifierInputs } from "../shared/cascade/classifier-request";
import type { CascadeRun } from "../shared/cascade/run";

/**
 * The one method the cascade uses of a Workers AI binding. Typed this narrowly so a real
 * `Ai` binding and a service binding to a stand-in worker with a `run` RPC method both fit.
 */
export interface ClassifierBinding {
  run(model: string, inputs: unknown): Promise<unknown>;
}

/**
 * The `AI` binding when one is configured. Read by name rather than typed on `Env`: the
 * binding is optional (wrangler.toml leaves it out, since `wrangler dev` would need the
 * network), so the generated types do not know it.
 */
export function classifierBinding(env: object): ClassifierBinding | null {
  const ai: unknown = Reflect.get(env, "AI");
  if ((typeof ai !== "object" && typeof ai !== "function") || ai === null) return null;
  const run: unknown = Reflect.get(ai, "run");
  if (typeof run !== "function") return null;
  return { run: async (model, inputs) => (await Reflect.apply(run, ai, [model, inputs])) as unknown };
}

const TIMED_OUT = Symbol("timed out");

/**
 * Asks the classifier about `text`. Never throws: every failure is an outcome the
 * verdict reports. The timeout is a race rather than an AbortSignal because a signal
 * cannot cross a service-binding RPC; an abandoned call runs to completion unheard.
 */
export async function askClassifier(
  binding: ClassifierBinding | null,
  model: string,
  text: string,
  timeoutMs: number,
  clock: () => number,
): Promise<CascadeRun> {
  if (!binding) return { outcome: "unavailable" };
  const started = clock();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  const call = Promise.resolve().then(() => binding.run(model, classifierInputs(model, text)));
  // A call that loses the race may still reject later; nobody is waiting for it then.
  call.catch(() => undefined);
  try {
    const raw = await Promise.race([call, deadline]);
    const latencyMs = Math.round(clock() - started);
    if (raw === TIMED_OUT) return { outcome: "timeout", latencyMs };
    const answer = readClassifierAnswer(raw);
    if (!answer.ok) return { outcome: "error", latencyMs, detail: answer.reason };
    return { outcome: answer.attack ? "attack" : "benign", latencyMs, ...(answer.score === undefined ? {} : { score: answer.score }) };
  } catch (err) {
    return { outcome: "error", latencyMs: Math.round(clock() - started), detail: describe(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** Short and single-line: it ends up in the verdict's reasons. */
function describe(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : "non-Error thrown";
  return text.replace(/\s+/g, " ").slice(0, 120);
}
