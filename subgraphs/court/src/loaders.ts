import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../kit/loaders';
import type { CourtCase, CourtReferral, CourtVenue, JudicialConfirmation } from './model';
import type { Repositories } from './context';

/** Per-request DataLoaders: each batch is one SQL statement, results in key order. */
export function createLoaders(repos: Repositories) {
  return {
    venueById: new DataLoader<string, CourtVenue | null>(async (ids) => byKey(ids, await repos.venues.byIds(ids), (v) => v.id)),
    venuesByGrid: new DataLoader<string, CourtVenue[]>(async (codes) => groupByKey(codes, await repos.venues.byGridCodes(codes), (v) => v.gridCode)),
    referralById: new DataLoader<string, CourtReferral | null>(async (ids) => byKey(ids, await repos.referrals.byIds(ids), (r) => r.id)),
    /** The latest referral per appeal (rows come oldest first; the last one wins). */
    referralByAppeal: new DataLoader<string, CourtReferral | null>(async (ids) => byKey(ids, await repos.referrals.byAppealIds(ids), (r) => r.appealId)),
    caseById: new DataLoader<string, CourtCase | null>(async (ids) => byKey(ids, await repos.cases.byIds(ids), (c) => c.id)),
    casesByAppeal: new DataLoader<string, CourtCase[]>(async (ids) => groupByKey(ids, await repos.cases.byAppealIds(ids), (c) => c.appealId ?? '')),
    casesByReferral: new DataLoader<string, CourtCase[]>(async (ids) => groupByKey(ids, await repos.cases.byReferralIds(ids), (c) => c.referralId ?? '')),
    confirmationByAgreement: new DataLoader<string, JudicialConfirmation | null>(async (ids) =>
      byKey(ids, await repos.confirmations.byAgreementIds(ids), (j) => j.agreementId),
    ),
    confirmationByCase: new DataLoader<string, JudicialConfirmation | null>(async (ids) => byKey(ids, await repos.confirmations.byCaseIds(ids), (j) => j.courtCaseId)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
