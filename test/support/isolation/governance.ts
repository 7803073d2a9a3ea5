import type { Knex } from 'knex';
import type { Viewer } from '../../../subgraphs/kit/viewer';
import { REVEAL_PURPOSE, pickRow, type Ctx, type SubgraphTable } from './types';

/** Governance: appeals and their parties, work orders, timeline, supervisions, feedback; the city's reference data. */

const ofBAppeals = (table: string) => (db: Knex, B: string) => db(table).whereIn('appeal_id', db('appeals').select('id').where('region_code', 'like', `${B}%`));

/** A work order of B the viewer's kind of unit could act on if it were theirs (a partner's for agency staff, a department's otherwise). */
function dispatchFor(c: Ctx, state: 'PENDING' | 'ACCEPTED'): string {
  const v = c.viewer;
  const key = v.role === 'AGENCY_STAFF' ? `${state}:PARTNER:${v.agency}` : `${state}:DEPARTMENT`;
  return c.b.dispatches[key];
}

/** Citizens submit through the mini-program; everybody else at a window. */
const channelFor = (v: Viewer) => (v.role === 'CITIZEN' || v.role === 'ANONYMOUS' ? 'MINI_PROGRAM' : 'WALK_IN');

const staffLike = (v: Viewer) => v.role === 'CENTER_STAFF' || v.role === 'GRID_WORKER';

export const governance: SubgraphTable = {
  name: 'governance',
  privateTables: [
    { table: 'appeals', columns: ['id', 'idempotency_key'] },
    { table: 'parties', columns: ['id', 'id_number', 'phone'], scope: ofBAppeals('parties') },
    { table: 'dispatches', columns: ['id'] },
    { table: 'timeline_events', columns: ['id'], scope: ofBAppeals('timeline_events') },
    { table: 'supervisions', columns: ['id'], scope: ofBAppeals('supervisions') },
    { table: 'feedback', columns: ['id'] },
    { table: 'pii_reveals', columns: ['id'] },
  ],
  async pick(db, B) {
    const dispatches: Record<string, string> = {};
    for (const state of ['PENDING', 'ACCEPTED'] as const) {
      dispatches[`${state}:DEPARTMENT`] = (await pickRow(db, 'dispatches', B, (q) => q.where({ status: state, target_type: 'DEPARTMENT', role: 'LEAD' }))).id;
      for (const agency of ['COURT', 'PETITION', 'LEGAL_SERVICES', 'PROCURATORATE'])
        dispatches[`${state}:PARTNER:${agency}`] = (await pickRow(db, 'dispatches', B, (q) => q.where({ status: state, target_type: 'PARTNER', target_id: agency }))).id;
    }
    const appeal = await pickRow(db, 'appeals', B);
    const replied = await pickRow(db, 'appeals', B, (q) => q.where('status', 'REPLIED'));
    const returned = await pickRow(db, 'appeals', B, (q) => q.whereIn('status', ['RETURNED', 'REOPENED']));
    const open = await pickRow(db, 'appeals', B, (q) => q.whereIn('status', ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS']).andWhere('anonymous', false).andWhere('id', 'like', 'AP%'));
    const applicant = await db('parties').where({ appeal_id: open.id, role: 'APPLICANT' }).first();
    const partnerDispatch = await pickRow(db, 'dispatches', B, (q) => q.where({ target_type: 'PARTNER' }).whereIn('status', ['PENDING', 'ACCEPTED']));
    const supervision = await db('supervisions').whereIn('appeal_id', db('appeals').select('id').where('region_code', 'like', `${B}%`)).where('status', 'OPEN').first();
    const party = await db('parties').where({ appeal_id: appeal.id, role: 'APPLICANT' }).first();
    return {
      dispatches,
      appealId: appeal.id,
      appealGrid: appeal.grid_code,
      repliedAppealId: replied.id,
      returnedAppealId: returned.id,
      open: { id: open.id, grid: open.grid_code, category: open.category, title: open.title },
      applicant: { name: applicant.name, idNumber: applicant.id_number, phone: applicant.phone },
      partnerDispatch: { id: partnerDispatch.id, partner: partnerDispatch.target_id },
      supervisionId: supervision?.id ?? 'no-supervision-in-B',
      partyId: party.id,
      county: `${B}000000`,
      countyGovernment: `D${B}-COUNTY_GOVERNMENT`,
    };
  },
  queries: [
    { field: 'appeal', vars: (c) => ({ id: c.b.appealId }), control: true, nullResult: true },
    { field: 'appeals', label: 'no filter', vars: () => ({ first: 100 }), control: true },
    { field: 'appeals', label: 'filter B', vars: (c) => ({ filter: { jurisdiction: c.B }, first: 100 }), control: true },
    { field: 'grid', vars: (c) => ({ code: c.b.appealGrid }), control: false, why: 'public reference data: a grid and its workers' },
    { field: 'grids', vars: (c) => ({ jurisdiction: c.B, first: 100 }), control: false, why: 'public reference data' },
    { field: 'region', vars: (c) => ({ code: c.b.county }), control: false, why: 'public reference data' },
    { field: 'centers', vars: (c) => ({ jurisdiction: c.B, first: 100 }), control: false, why: 'public reference data' },
    { field: 'departments', vars: (c) => ({ jurisdiction: c.B, first: 100 }), control: false, why: 'public reference data' },
    { field: 'categories', vars: () => ({}), control: false, why: 'public reference data' },
    { field: 'workOrders', vars: () => ({ first: 100 }), control: false, why: 'an administrator has no department or center: the list is the viewer\'s own unit\'s' },
    { field: 'routingCatalogue', vars: (c) => ({ jurisdiction: c.B }), control: false, why: 'configuration, no citizen records' },
    { field: 'routePreview', vars: (c) => ({ gridCode: c.b.appealGrid, category: 'LABOUR.WAGE_ARREARS' }), control: false, why: 'configuration, no citizen records' },
    { field: 'deadlinePolicies', vars: () => ({}), control: false, why: 'configuration, no citizen records' },
    { field: 'supervisions', vars: () => ({ first: 100 }), control: true },
    { field: 'followUpsDue', label: 'no filter', vars: () => ({ first: 100 }), control: false, why: 'whether any B follow-up is due depends on the seed\'s clock; the markers are still searched' },
    { field: 'followUpsDue', label: 'filter B', vars: (c) => ({ jurisdiction: c.B, first: 100 }), control: false, why: 'as above' },
    {
      field: 'statistics',
      vars: (c) => ({ jurisdiction: c.B, from: '2025-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }),
      control: false,
      why: 'aggregates carry no record ids: checked by the counts instead',
      check: (res, c) => {
        // B's figures are B's records in aggregate: refused, or all zero. The schema lets auditors read statistics anywhere.
        if (c.viewer.role === 'AUDITOR') return;
        const s = res.body.data?.statistics;
        if (s) expect({ viewer: c.viewer.role, dispatched: s.dispatched, responseDenominator: s.responseRate.denominator, satisfaction: s.satisfactionRate.denominator }).toEqual({ viewer: c.viewer.role, dispatched: 0, responseDenominator: 0, satisfaction: 0 });
      },
    },
    { field: 'appealPersonalDataReveals', vars: () => ({ first: 100 }), control: true },
    { field: 'personalDataReveals', vars: () => ({ first: 100 }), control: true },
    { field: 'governancePersonalDataReveals', vars: () => ({ first: 100 }), control: true },
  ],
  entities: [
    { typename: 'Appeal', representations: (c) => [{ __typename: 'Appeal', id: c.b.appealId }, { __typename: 'Appeal', id: c.b.repliedAppealId }], nullResult: true, control: true },
    { typename: 'Grid', representations: (c) => [{ __typename: 'Grid', code: c.b.appealGrid }], nullResult: false, control: false, why: 'public reference data' },
    { typename: 'Center', representations: (c) => [{ __typename: 'Center', id: `C${c.b.county}` }], nullResult: false, control: false, why: 'public reference data' },
    { typename: 'Department', representations: (c) => [{ __typename: 'Department', id: c.b.countyGovernment }], nullResult: false, control: false, why: 'public reference data' },
  ],
  mutations: [
    {
      field: 'submitAppeal',
      label: 'into a B grid, as B\'s open appeal\'s applicant',
      vars: (c) => ({
        input: {
          idempotencyKey: `iso-${c.viewer.sub}-${c.B}-grid`,
          channel: channelFor(c.viewer),
          title: c.b.open.title,
          description: `${c.b.open.title}，请求协调处理。`,
          category: c.b.open.category,
          location: { gridCode: c.b.open.grid },
          applicant: c.b.applicant,
        },
      }),
      // Citizens (and the anonymous) may report a matter anywhere; staff of A may not take one into B.
      mayCreate: (v) => !staffLike(v),
    },
    {
      field: 'submitAppeal',
      label: 'into a B grid, same category as B\'s open appeal, a fresh applicant (possible duplicates)',
      vars: (c) => ({
        input: {
          idempotencyKey: `iso-${c.viewer.sub}-${c.B}-dup`,
          channel: channelFor(c.viewer),
          title: c.b.open.title,
          description: `${c.b.open.title}，请求协调处理。`,
          category: c.b.open.category,
          location: { gridCode: c.b.open.grid },
          applicant: { name: '赵新', phone: `15${c.B.slice(-4)}${String(c.viewer.sub.length).padStart(5, '0')}` },
        },
      }),
      mayCreate: (v) => !staffLike(v),
    },
    {
      field: 'submitAppeal',
      label: 'in an A grid, received by B\'s county center',
      vars: (c) => ({
        input: {
          idempotencyKey: `iso-${c.viewer.sub}-${c.B}-center`,
          channel: channelFor(c.viewer),
          title: '楼下空调外机昼夜噪声扰民',
          description: '楼下空调外机昼夜噪声扰民，请求协调处理。',
          category: 'ENVIRONMENT.NOISE',
          location: { gridCode: c.world.city.grids.find((g) => g.regionCode.startsWith(c.A))!.code },
          applicant: { name: '李明', phone: `13${c.A.slice(-4)}${c.viewer.role.length.toString().padStart(5, '0')}` },
          receivingCenterId: `C${c.b.county}`,
        },
      }),
      mayCreate: (v) => !staffLike(v),
      check: (res, c) => {
        // Whoever could submit: the appeal must not land at B's center.
        const center = res.body.data?.submitAppeal?.appeal?.center?.id;
        if (center) expect({ viewer: c.viewer.role, center }).not.toEqual({ viewer: c.viewer.role, center: `C${c.b.county}` });
      },
    },
    { field: 'acceptWorkOrder', vars: (c) => ({ id: dispatchFor(c, 'PENDING') }) },
    { field: 'returnWorkOrder', vars: (c) => ({ id: dispatchFor(c, 'PENDING'), reason: '不属于本单位职责范围' }) },
    { field: 'recordWorkOrderProgress', vars: (c) => ({ id: dispatchFor(c, 'ACCEPTED'), note: '已约谈双方当事人' }) },
    { field: 'replyWorkOrder', vars: (c) => ({ id: dispatchFor(c, 'ACCEPTED'), reply: '经核实已协调解决' }) },
    { field: 'redispatchAppeal', vars: (c) => ({ id: c.b.returnedAppealId, targets: [{ targetType: 'DEPARTMENT', targetId: c.b.countyGovernment, role: 'LEAD' }], note: '重新派单' }) },
    { field: 'closeAppeal', vars: (c) => ({ id: c.b.repliedAppealId, note: '办结' }) },
    { field: 'setRoutingRule', vars: (c) => ({ input: { jurisdiction: c.B, category: 'LABOUR.WAGE_ARREARS', targets: [{ targetType: 'DEPARTMENT', targetId: c.b.countyGovernment, role: 'LEAD' }], note: '调整' } }) },
    {
      field: 'reportPartnerProgress',
      serviceOnly: true,
      vars: (c) => ({ input: { eventId: `iso-${c.viewer.sub}-${c.B}`, dispatchId: c.b.partnerDispatch.id, partner: c.b.partnerDispatch.partner, state: 'REPLIED', at: '2026-11-24T08:00:00.000Z', note: '已办结' } }),
    },
    { field: 'setDeadlinePolicy', vars: () => ({ input: { category: 'LABOUR.WAGE_ARREARS', clockKind: 'WORKING_DAYS', amount: 3 } }) },
    { field: 'extendWorkOrder', vars: (c) => ({ id: dispatchFor(c, 'ACCEPTED'), days: 5, reason: '需现场勘查' }) },
    { field: 'superviseWorkOrder', vars: (c) => ({ id: dispatchFor(c, 'ACCEPTED'), kind: 'ROUTINE', note: '请加快办理' }) },
    { field: 'replySupervision', vars: (c) => ({ id: c.b.supervisionId, reply: '已按要求整改' }) },
    {
      field: 'recordFeedback',
      vars: (c) => ({ appealId: c.b.repliedAppealId, rating: 'DISSATISFIED', comment: '问题没有解决', via: c.viewer.role === 'CITIZEN' ? 'CITIZEN' : 'FOLLOW_UP_CALL' }),
    },
    { field: 'revealAppealPartyPersonalData', vars: (c) => ({ id: c.b.partyId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
    { field: 'revealAppealPersonalData', vars: (c) => ({ id: c.b.appealId, fields: ['NAME'], purpose: REVEAL_PURPOSE }) },
  ],
};
