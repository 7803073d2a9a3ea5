import type { MediatorResolvers } from '../generated/graphql';
import type { MediationOrganization as MediationOrganizationRecord } from '../model';

/**
 * The public directory (mediators, organizations, workstations) holds staff and office contact data — a mediator's
 * registered name and work phone, an office's address and public phone — not a citizen's personal data: it stays clear.
 */
export const Mediator: MediatorResolvers = {
  // The loader is `null` for a missing key; the organization directory is unscoped and `organization_id` a foreign key.
  organization: (m, _, ctx) => ctx.loaders.organizationById.load(m.organizationId) as Promise<MediationOrganizationRecord>,
};
