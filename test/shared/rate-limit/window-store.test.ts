import { MemoryWindowStore } from "../../../src/shared/rate-limit/window-store";
import { describeWindowStore } from "../../conformance/window-store.case";

describeWindowStore("memory", async (fn) => fn(new MemoryWindowStore()));
