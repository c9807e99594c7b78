import { app } from "./edge/app";

export { TenantFirewall } from "./objects/tenant-firewall";
export default app;
