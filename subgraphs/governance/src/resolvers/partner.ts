import type { PartnerCenter } from '../generated/graphql';

/**
 * The partner center a work order, supervision or complained unit targets, or null for a department or center. The
 * records keep `targetId` as a plain string because it also holds department and center ids; for a PARTNER target it
 * is one of the PartnerCenter values (checkTargets and the routing catalogue allow nothing else), hence the one cast.
 */
export const partnerOf = (t: { targetType: string; targetId: string }): PartnerCenter | null =>
  t.targetType === 'PARTNER' ? (t.targetId as PartnerCenter) : null;
