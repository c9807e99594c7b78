import { z } from "zod";
import { Category, Verdict } from "./common";

export const StatsWindow = z.object({
  total: z.number().int(),
  verdicts: z.record(Verdict, z.number().int()),
  categories: z.partialRecord(Category, z.number().int()),
});
export type StatsWindow = z.infer<typeof StatsWindow>;

/** Inspection counts over the trailing minute, hour and day (minute resolution). */
export const StatsResponse = z.object({
  as_of: z.number().int(),
  minute: StatsWindow,
  hour: StatsWindow,
  day: StatsWindow,
});
export type StatsResponse = z.infer<typeof StatsResponse>;
