import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { MediationResolvers } from '../generated/graphql';
import type { Mediation as MediationRecord, MediationOrganization as MediationOrganizationRecord } from '../model';
import { maySeeApplicant, mediationApplicantName } from '../pii/applicants';

/** Personal data leaves masked: the applicant's name (null when confidential), the texts through `maskFreeText`. */
export const Mediation: MediationResolvers = {
  appeal: (m) => ({ id: m.appealId }),
  grid: (m) => ({ code: m.gridCode }),
  // The loader is `null` for a missing key; the organization directory is unscoped and `organization_id` a foreign key.
  organization: (m, _, ctx) => ctx.loaders.organizationById.load(m.organizationId) as Promise<MediationOrganizationRecord>,
  mediator: (m, _, ctx) => (m.mediatorId ? ctx.loaders.mediatorById.load(m.mediatorId) : null),
  previousMediation: (m, _, ctx) => (m.previousMediationId ? ctx.loaders.mediationById.load(m.previousMediationId) : null),
  nextMediation: (m, _, ctx) => ctx.loaders.nextMediationByPreviousId.load(m.id),
  agreement: (m, _, ctx) => (m.agreementId ? ctx.loaders.agreementById.load(m.agreementId) : null),
  applicantName: (m, _, ctx) => mediationApplicantName(m, ctx.viewer),
  title: (m, _, ctx) => text(m, m.title, ctx),
  description: (m, _, ctx) => text(m, m.description, ctx),
  legalRoutesTold: (m, _, ctx) => text(m, m.legalRoutesTold, ctx),
};

/** Numbers and the applicant's name in the mediation's texts: masked (withheld where the identity is); null stays null. */
function text(m: MediationRecord, value: string, ctx: Context): string;
function text(m: MediationRecord, value: string | null, ctx: Context): string | null;
function text(m: MediationRecord, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [m.applicantName], !maySeeApplicant(m, ctx.viewer));
}
