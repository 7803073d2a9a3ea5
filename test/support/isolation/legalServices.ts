import { REVEAL_PURPOSE, intakeOf, pickRow, type SubgraphTable } from './types';

/** Legal services: mediations and their agreements, legal aid, consultations; the public directories. */
export const legalServices: SubgraphTable = {
  name: 'legal-services',
  privateTables: [
    { table: 'mediations', columns: ['id', 'dispatch_id', 'appeal_id', 'applicant_id_number', 'applicant_phone'] },
    { table: 'mediation_agreements', columns: ['id', 'mediation_id'] },
    { table: 'legal_aid_applications', columns: ['id', 'dispatch_id', 'appeal_id', 'applicant_id_number', 'applicant_phone'] },
    { table: 'legal_consultations', columns: ['id', 'appeal_id'] },
    { table: 'pii_reveals', columns: ['id'] },
  ],
  async pick(db, B) {
    const st = (...status: string[]) => pickRow(db, 'mediations', B, (q) => q.whereIn('status', status));
    const any = await pickRow(db, 'mediations', B);
    const org = await pickRow(db, 'mediation_organizations', B);
    return {
      mediationId: any.id,
      appealId: any.appeal_id,
      received: (await st('RECEIVED')).id,
      accepted: (await st('ACCEPTED')).id,
      mediating: (await st('MEDIATING')).id,
      closable: (await st('AGREEMENT', 'FAILED')).id,
      agreementId: (await pickRow(db, 'mediation_agreements', B)).id,
      legalAidId: (await pickRow(db, 'legal_aid_applications', B)).id,
      organizationId: org.id,
      mediatorId: (await db('mediators').where('organization_id', any.organization_id).first())?.id ?? null,
    };
  },
  queries: [
    { field: 'mediations', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'mediations', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'mediation', vars: (c) => ({ id: c.b.mediationId }), control: true, nullResult: true },
    { field: 'mediationOrganizations', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: false, why: 'public directory' },
    { field: 'mediators', vars: (c) => ({ filter: { organizationId: c.b.organizationId }, first: 100 }), control: false, why: 'public directory' },
    { field: 'legalAidApplications', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'legalAidApplications', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'legalConsultations', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'legalConsultations', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'legalAidWorkstations', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: false, why: 'public directory' },
    { field: 'legalServicesPersonalDataReveals', vars: () => ({ first: 100 }), control: true },
    { field: 'legalEducationArticles', vars: () => ({ first: 20 }), control: false, why: 'public legal-education content' },
    { field: 'legalEducationArticle', vars: () => ({ id: 'LE-NO-SUCH' }), control: false, why: 'public legal-education content' },
  ],
  entities: [
    { typename: 'Appeal', representations: (c) => [{ __typename: 'Appeal', id: c.b.appealId }], nullResult: false, omit: ['id'], control: true },
    { typename: 'MediationAgreement', representations: (c) => [{ __typename: 'MediationAgreement', id: c.b.agreementId }], nullResult: true, control: true },
  ],
  mutations: [
    { field: 'receiveLegalServicesReferral', serviceOnly: true, vars: (c) => ({ input: intakeOf(c, 'LEGAL_SERVICES') }) },
    { field: 'acceptMediation', vars: (c) => ({ id: c.b.received }) },
    { field: 'startMediation', vars: (c) => ({ id: c.b.accepted }) },
    { field: 'recordMediationAgreement', vars: (c) => ({ id: c.b.mediating, terms: '被申请人于三十日内支付赔偿款', amount: '5000' }) },
    { field: 'recordMediationFailure', vars: (c) => ({ id: c.b.mediating, legalRoutesTold: '告知可向人民法院起诉', escalate: false }) },
    { field: 'closeMediation', vars: (c) => ({ id: c.b.closable }) },
    { field: 'revealMediationPersonalData', vars: (c) => ({ id: c.b.mediationId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
    { field: 'revealLegalAidApplicantPersonalData', vars: (c) => ({ id: c.b.legalAidId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
  ],
};
