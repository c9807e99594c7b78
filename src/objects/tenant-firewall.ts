import { Server } from "partyserver";

export class TenantFirewall extends Server<Env> {
  ping(): string {
    return "pong";
  }
}
