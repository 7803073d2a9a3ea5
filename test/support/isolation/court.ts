import { REVEAL_PURPOSE, intakeOf, pickRow, type SubgraphTable } from './types';

/** Court: referrals from the hub, court cases, judicial confirmations of mediation agreements; the public venues. */
export const court: SubgraphTable = {
  name: 'court',
  privateTables: [
    { table: 'court_referrals', columns: ['id', 'dispatch_id', 'appeal_id', 'applicant_id_number', 'applicant_phone'] },
    { table: 'court_cases', columns: ['id', 'case_number', 'referral_id'] },
    { table: 'judicial_confirmations', columns: ['id', 'agreement_id', 'court_case_id', 'case_number'] },
    { table: 'pii_reveals', columns: ['id'] },
  ],
  async pick(db, B) {
    const st = (status: string, kind?: string) => pickRow(db, 'court_referrals', B, (q) => (kind ? q.where({ status, kind }) : q.where({ status })));
    return {
      referralId: (await pickRow(db, 'court_referrals', B)).id,
      appealId: (await pickRow(db, 'court_referrals', B)).appeal_id,
      received: (await st('RECEIVED')).id,
      acceptedMediation: (await st('ACCEPTED', 'PRE_LITIGATION_MEDIATION')).id,
      accepted: (await st('ACCEPTED')).id,
      mediating: (await st('MEDIATING')).id,
      closable: (await pickRow(db, 'court_referrals', B, (q) => q.whereIn('status', ['MEDIATED', 'MEDIATION_FAILED', 'JUDGED']))).id,
      caseId: (await pickRow(db, 'court_cases', B)).id,
      filedCase: (await pickRow(db, 'court_cases', B, (q) => q.whereIn('status', ['FILED', 'TRIAL']))).id,
      agreementId: (await pickRow(db, 'judicial_confirmations', B)).agreement_id,
      venueId: (await pickRow(db, 'court_venues', B)).id,
      grid: (await pickRow(db, 'court_venues', B)).grid_code,
    };
  },
  queries: [
    { field: 'courtCases', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'courtCases', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'courtReferrals', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'courtReferrals', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'courtVenues', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: false, why: 'public reference data' },
    { field: 'courtCase', vars: (c) => ({ id: c.b.caseId }), control: true, nullResult: true },
    { field: 'courtPersonalDataReveals', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'courtPersonalDataReveals', label: 'B record', vars: (c) => ({ filter: { subjectId: c.b.referralId }, first: 100 }), control: true },
  ],
  entities: [
    { typename: 'Appeal', representations: (c) => [{ __typename: 'Appeal', id: c.b.appealId }], nullResult: false, omit: ['id'], control: true },
    { typename: 'Grid', representations: (c) => [{ __typename: 'Grid', code: c.b.grid }], nullResult: false, omit: ['code'], control: false, why: 'public venues' },
    { typename: 'MediationAgreement', representations: (c) => [{ __typename: 'MediationAgreement', id: c.b.agreementId }], nullResult: false, omit: ['id'], control: true },
    { typename: 'CourtVenue', representations: (c) => [{ __typename: 'CourtVenue', id: c.b.venueId }], nullResult: false, control: false, why: 'public reference data' },
    { typename: 'CourtCase', representations: (c) => [{ __typename: 'CourtCase', id: c.b.caseId }], nullResult: true, control: true },
  ],
  mutations: [
    { field: 'receiveCourtReferral', serviceOnly: true, vars: (c) => ({ input: intakeOf(c, 'COURT') }) },
    { field: 'acceptCourtReferral', vars: (c) => ({ id: c.b.received }) },
    { field: 'startCourtMediation', vars: (c) => ({ id: c.b.acceptedMediation }) },
    { field: 'recordCourtMediationResult', vars: (c) => ({ id: c.b.mediating, agreed: true, note: '达成调解协议' }) },
    { field: 'fileCourtCase', vars: (c) => ({ referralId: c.b.accepted, type: 'CIVIL', causeOfAction: '追索劳动报酬纠纷' }) },
    { field: 'recordCourtJudgment', vars: (c) => ({ caseId: c.b.filedCase, note: '判决支持原告诉讼请求' }) },
    { field: 'closeCourtReferral', vars: (c) => ({ id: c.b.closable, note: '结案' }) },
    { field: 'revealCourtReferralPersonalData', vars: (c) => ({ id: c.b.referralId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
  ],
};
