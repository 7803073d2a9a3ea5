import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { Mediation as MediationRecord } from '../model';
import { maySeeApplicant, mediationApplicantName } from '../pii/applicants';

/** Personal data leaves masked: the applicant's name (null when confidential), the texts through `maskFreeText`. */
export const Mediation = {
  appeal: (m: MediationRecord) => ({ id: m.appealId }),
  grid: (m: MediationRecord) => ({ code: m.gridCode }),
  organization: (m: MediationRecord, _: unknown, ctx: Context) => ctx.loaders.organizationById.load(m.organizationId),
  mediator: (m: MediationRecord, _: unknown, ctx: Context) => (m.mediatorId ? ctx.loaders.mediatorById.load(m.mediatorId) : null),
  previousMediation: (m: MediationRecord, _: unknown, ctx: Context) => (m.previousMediationId ? ctx.loaders.mediationById.load(m.previousMediationId) : null),
  nextMediation: (m: MediationRecord, _: unknown, ctx: Context) => ctx.loaders.nextMediationByPreviousId.load(m.id),
  agreement: (m: MediationRecord, _: unknown, ctx: Context) => (m.agreementId ? ctx.loaders.agreementById.load(m.agreementId) : null),
  applicantName: (m: MediationRecord, _: unknown, ctx: Context) => mediationApplicantName(m, ctx.viewer),
  title: (m: MediationRecord, _: unknown, ctx: Context) => text(m, m.title, ctx),
  description: (m: MediationRecord, _: unknown, ctx: Context) => text(m, m.description, ctx),
  legalRoutesTold: (m: MediationRecord, _: unknown, ctx: Context) => text(m, m.legalRoutesTold, ctx),
};

/** Numbers and the applicant's name in the mediation's texts: masked (withheld where the identity is). */
function text(m: MediationRecord, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [m.applicantName], !maySeeApplicant(m, ctx.viewer));
}
