import type { Context } from '../context';
import type { CourtReferral as Referral } from '../model';

export const CourtReferral = {
  appeal: (referral: Referral) => ({ id: referral.appealId }),
  grid: (referral: Referral) => ({ code: referral.gridCode }),
  courtCases: (referral: Referral, _: unknown, ctx: Context) => ctx.loaders.casesByReferral.load(referral.id),
};
