import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { Mediation as MediationRecord } from '../model';
import { mediationApplicantName } from '../pii/applicants';

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
  title: (m: MediationRecord) => maskFreeText(m.title),
  description: (m: MediationRecord) => maskFreeText(m.description),
  legalRoutesTold: (m: MediationRecord) => maskFreeText(m.legalRoutesTold),
};
