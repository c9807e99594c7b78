import { z } from "zod";
import { TenantId } from "./common";
import { IssuedKey } from "./keys";
import { Policy } from "./policy";

export const TenantStatus = z.enum(["active", "disabled"]);
export type TenantStatus = z.infer<typeof TenantStatus>;

export const CreateTenantRequest = z.strictObject({
  id: TenantId,
  name: z.string().min(1).max(120).optional(),
  /** Optional starting policy; the defaults apply otherwise. */
  policy: Policy.optional(),
});
export type CreateTenantRequest = z.infer<typeof CreateTenantRequest>;

export const UpdateTenantRequest = z.strictObject({ status: TenantStatus });

export const TenantInfo = z.object({
  id: TenantId,
  name: z.string(),
  status: TenantStatus,
  created_at: z.number().int(),
  updated_at: z.number().int(),
});
export type TenantInfo = z.infer<typeof TenantInfo>;

export const CreatedTenant = TenantInfo.extend({ keys: z.array(IssuedKey) });
export type CreatedTenant = z.infer<typeof CreatedTenant>;
