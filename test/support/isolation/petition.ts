import { REVEAL_PURPOSE, intakeOf, pickRow, type SubgraphTable } from './types';

/** Petition: petitions registered from the hub's referrals, their representatives and review stages. */
const ofBPetitions = (table: string) => (db: any, B: string) => db(table).whereIn('petition_id', db('petitions').select('id').where('region_code', 'like', `${B}%`));

export const petition: SubgraphTable = {
  name: 'petition',
  privateTables: [
    { table: 'petitions', columns: ['id', 'dispatch_id', 'appeal_id', 'petitioner_id_number', 'petitioner_phone'] },
    { table: 'petition_representatives', columns: ['id', 'id_number', 'phone'], scope: ofBPetitions('petition_representatives') },
    { table: 'petition_stages', columns: ['id'], scope: ofBPetitions('petition_stages') },
    { table: 'pii_reveals', columns: ['id'] },
  ],
  async pick(db, B) {
    const st = (...status: string[]) => pickRow(db, 'petitions', B, (q) => q.whereIn('status', status));
    const any = await pickRow(db, 'petitions', B);
    return {
      petitionId: any.id,
      appealId: any.appeal_id,
      registered: (await st('REGISTERED')).id,
      accepted: (await st('ACCEPTED', 'HANDLING')).id,
      replied: (await st('REPLIED')).id,
      representativeId: (await db('petition_representatives').where('region_code', 'like', `${B}%`).orderBy('id').first())?.id ?? 'no-representative-in-B',
    };
  },
  queries: [
    { field: 'petitions', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'petitions', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'petition', vars: (c) => ({ id: c.b.petitionId }), control: true, nullResult: true },
    { field: 'petitionPersonalDataReveals', vars: () => ({ first: 100 }), control: true },
  ],
  entities: [
    { typename: 'Appeal', representations: (c) => [{ __typename: 'Appeal', id: c.b.appealId }], nullResult: false, omit: ['id'], control: true },
    { typename: 'Petition', representations: (c) => [{ __typename: 'Petition', id: c.b.petitionId }], nullResult: true, control: true },
  ],
  mutations: [
    { field: 'receivePetitionReferral', serviceOnly: true, vars: (c) => ({ input: intakeOf(c, 'PETITION') }) },
    { field: 'acceptPetition', vars: (c) => ({ id: c.b.registered }) },
    { field: 'divertPetition', vars: (c) => ({ id: c.b.registered, legalRoute: '告知依法向人民法院提起民事诉讼' }) },
    { field: 'replyPetition', vars: (c) => ({ id: c.b.accepted, result: '经调查核实，已责成相关部门依法处理' }) },
    { field: 'concludePetition', vars: (c) => ({ id: c.b.replied }) },
    { field: 'revealPetitionerPersonalData', vars: (c) => ({ id: c.b.petitionId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
    { field: 'revealPetitionRepresentativePersonalData', vars: (c) => ({ id: c.b.representativeId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
  ],
};
