import { REVEAL_PURPOSE, intakeOf, pickRow, type SubgraphTable } from './types';

/** Procuratorate (12309): matters from the hub's referrals and their follow-up replies. */
export const procuratorate: SubgraphTable = {
  name: 'procuratorate',
  privateTables: [
    { table: 'procuratorate_matters', columns: ['id', 'dispatch_id', 'appeal_id', 'petitioner_id_number', 'petitioner_phone'] },
    { table: 'procuratorate_follow_ups', columns: ['id'] },
    { table: 'pii_reveals', columns: ['id'] },
  ],
  async pick(db, B) {
    const st = (...status: string[]) => pickRow(db, 'procuratorate_matters', B, (q) => q.whereIn('status', status));
    const any = await pickRow(db, 'procuratorate_matters', B);
    return {
      matterId: any.id,
      appealId: any.appeal_id,
      received: (await st('RECEIVED')).id,
      replyable: (await st('PROCEDURAL_REPLIED', 'HANDLING')).id,
      resultReplied: (await st('RESULT_REPLIED')).id,
    };
  },
  queries: [
    { field: 'procuratorateMatters', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'procuratorateMatters', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'procuratorateMatter', vars: (c) => ({ id: c.b.matterId }), control: true, nullResult: true },
    { field: 'procuratoratePersonalDataReveals', vars: () => ({ first: 100 }), control: true },
  ],
  entities: [
    { typename: 'Appeal', representations: (c) => [{ __typename: 'Appeal', id: c.b.appealId }], nullResult: false, omit: ['id'], control: true },
    { typename: 'ProcuratorateMatter', representations: (c) => [{ __typename: 'ProcuratorateMatter', id: c.b.matterId }], nullResult: true, control: true },
  ],
  mutations: [
    { field: 'receiveProcuratorateReferral', serviceOnly: true, vars: (c) => ({ input: intakeOf(c, 'PROCURATORATE') }) },
    { field: 'acceptProcuratorateMatter', vars: (c) => ({ id: c.b.received }) },
    { field: 'replyProcuratorateMatter', vars: (c) => ({ id: c.b.replyable, reply: '经审查，已依法处理' }) },
    { field: 'closeProcuratorateMatter', vars: (c) => ({ id: c.b.resultReplied }) },
    { field: 'revealProcuratoratePetitionerPersonalData', vars: (c) => ({ id: c.b.matterId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
  ],
};
