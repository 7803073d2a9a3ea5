import { satisfiedRatings } from '../subgraphs/governance/src/domain/statistics';
import { startHub, type RunningHub } from './support/hub';

/**
 * Part 4: the dashboard's rates are recounted here with plain JS over the raw rows of the governance tables, for
 * several jurisdictions, categories and periods of the demo data, and must equal what the query returns exactly.
 */
let hub: RunningHub;
const tokens: Record<string, string> = {};
const STATS = `query($j: String!, $c: String, $from: DateTime!, $to: DateTime!, $b: Boolean, $asOf: DateTime) {
  statistics(jurisdiction: $j, category: $c, from: $from, to: $to, countBasicallySatisfied: $b, asOf: $asOf) {
    jurisdiction category from to asOf dispatched overdue overdueOpen
    responseRate { numerator denominator value } resolutionRate { numerator denominator value }
    satisfactionRate { numerator denominator value } withinDeadlineShare { numerator denominator value }
    mostComplainedUnits(top: 5) { targetType department { id } partner dissatisfied returned score }
  }
}`;
const ASOF = '2026-11-25T00:00:00.000Z';
let rows: { appeals: any[]; dispatches: any[]; feedback: any[] };

beforeAll(async () => {
  hub = await startHub({ scale: 'small' });
  const t = (name: string, v: Parameters<RunningHub['token']>[0]) => hub.token(v).then((x) => (tokens[name] = x));
  await Promise.all([
    t('admin', { sub: 'admin-1', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] }),
    t('tiexi', { sub: 'tiexi-staff', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C220302000000', scopes: [] }),
    t('citizen', { sub: 'c-1', role: 'CITIZEN', jurisdictions: [], scopes: [] }),
  ]);
  // Some dissatisfaction and returns beyond the demo's, so the most-complained list has something to rank.
  const db = hub.subgraphs.governance.db;
  const some = await db('dispatches').where({ role: 'LEAD' }).orderBy('id').limit(12);
  for (const [i, d] of some.entries()) {
    if (i % 2) await db('feedback').insert({ id: `FB-T${i}`, appeal_id: d.appeal_id, region_code: d.region_code, category: d.category, dispatch_id: d.id, rating: 'DISSATISFIED', comment: '', via: 'CITIZEN', recorded_by: 'test', at: new Date(Date.parse(ASOF) - i * 86_400_000 * 20).toISOString() });
    else await db('dispatches').where({ id: d.id }).update({ returned_at: new Date(Date.parse(ASOF) - i * 86_400_000 * 15).toISOString() });
  }
  const ms = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).getTime());
  rows = {
    appeals: (await db('appeals').select('id', 'region_code', 'category', 'status', 'satisfaction', 'received_at')).map((a) => ({ ...a, received_at: ms(a.received_at) })),
    dispatches: (await db('dispatches').select('id', 'appeal_id', 'target_type', 'target_id', 'status', 'dispatched_at', 'accepted_at', 'replied_at', 'due_at', 'returned_at'))
      .map((d) => ({ ...d, dispatched_at: ms(d.dispatched_at), accepted_at: ms(d.accepted_at), replied_at: ms(d.replied_at), due_at: ms(d.due_at), returned_at: ms(d.returned_at) })),
    feedback: (await db('feedback').select('id', 'appeal_id', 'dispatch_id', 'rating', 'at')).map((f) => ({ ...f, at: ms(f.at) })),
  };
});
afterAll(async () => hub?.close());

/** The recount, in plain JS over the rows (definitions as in the SDL). */
function recount(j: string, c: string | null, from: string, to: string, basically: boolean) {
  const f = Date.parse(from);
  const t = Date.parse(to);
  const asOf = Date.parse(ASOF);
  const inPeriod = (x: number | null) => x !== null && x >= f && x < t;
  const appeals = new Map(rows.appeals.filter((a) => a.region_code.startsWith(j) && (!c || a.category === c || a.category.startsWith(`${c}.`))).map((a) => [a.id, a]));
  const ds = rows.dispatches.filter((d) => appeals.has(d.appeal_id) && inPeriod(d.dispatched_at));
  const responded = ds.filter((d) => d.accepted_at !== null && d.accepted_at <= d.due_at).length;
  const replied = ds.filter((d) => d.replied_at !== null);
  const inTime = replied.filter((d) => d.replied_at <= d.due_at).length;
  const open = ds.filter((d) => d.replied_at === null && ['PENDING', 'ACCEPTED'].includes(d.status) && d.due_at < asOf).length;
  const received = [...appeals.values()].filter((a) => inPeriod(a.received_at));
  const handled = received.filter((a) => a.status === 'CLOSED');
  const resolved = handled.filter((a) => a.satisfaction !== 'DISSATISFIED');
  const fb = rows.feedback.filter((x) => appeals.has(x.appeal_id) && inPeriod(x.at));
  const sat = fb.filter((x) => satisfiedRatings(basically).includes(x.rating));
  const r = (n: number, d: number) => ({ numerator: n, denominator: d, value: d === 0 ? null : n / d });
  const units = new Map<string, { dissatisfied: number; returned: number }>();
  const unit = (id: string) => {
    const d = rows.dispatches.find((x) => x.id === id)!;
    const k = `${d.target_type}|${d.target_id}`;
    if (!units.has(k)) units.set(k, { dissatisfied: 0, returned: 0 });
    return units.get(k)!;
  };
  for (const x of fb) if (x.rating === 'DISSATISFIED' && x.dispatch_id) unit(x.dispatch_id).dissatisfied++;
  for (const d of rows.dispatches) if (appeals.has(d.appeal_id) && inPeriod(d.returned_at)) unit(d.id).returned++;
  const top = [...units.entries()].map(([k, v]) => ({ id: k.split('|')[1], score: v.dissatisfied + v.returned, ...v }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, 5);
  return {
    dispatched: ds.length, overdue: replied.length - inTime + open, overdueOpen: open,
    responseRate: r(responded, ds.length), resolutionRate: r(resolved.length, handled.length),
    satisfactionRate: r(sat.length, fb.length), withinDeadlineShare: r(inTime, replied.length), top,
  };
}

const CASES: [string, string | null, string, string, boolean][] = [
  ['2203', null, '2025-11-25T00:00:00Z', '2026-11-25T00:00:00Z', true],
  ['2203', null, '2025-11-25T00:00:00Z', '2026-11-25T00:00:00Z', false],
  ['220302', null, '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z', true],
  ['220323', 'LABOUR', '2026-03-01T00:00:00Z', '2026-11-01T00:00:00Z', true],
  ['220302001', null, '2025-11-25T00:00:00Z', '2026-11-25T00:00:00Z', false],
  ['2203', 'NEIGHBOUR.DISPUTE', '2026-08-01T00:00:00Z', '2026-11-25T00:00:00Z', true],
  ['220323', null, '2026-10-01T00:00:00Z', '2026-11-25T00:00:00Z', true],
];

describe('statistics', () => {
  it.each(CASES)('%s · %s · [%s, %s) · basically satisfied counts: %s — equals a recount from the raw rows', async (j, c, from, to, b) => {
    const res = await hub.query(STATS, { j, c, from, to, b, asOf: ASOF }, tokens.admin);
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data.statistics;
    const e = recount(j, c, from, to, b);
    expect(s.responseRate).toEqual(e.responseRate);
    expect(s.resolutionRate).toEqual(e.resolutionRate);
    expect(s.satisfactionRate).toEqual(e.satisfactionRate);
    expect(s.withinDeadlineShare).toEqual(e.withinDeadlineShare);
    expect({ dispatched: s.dispatched, overdue: s.overdue, overdueOpen: s.overdueOpen }).toEqual({ dispatched: e.dispatched, overdue: e.overdue, overdueOpen: e.overdueOpen });
    expect(s.mostComplainedUnits.map((u: any) => [u.department?.id ?? u.partner, u.dissatisfied, u.returned, u.score])).toEqual(e.top.map((u) => [u.id, u.dissatisfied, u.returned, u.score]));
    expect(s.responseRate.denominator + s.resolutionRate.denominator).toBeGreaterThan(0);
  });

  it('staff ask only within their jurisdiction', async () => {
    const v = { from: '2026-01-01T00:00:00Z', to: '2026-07-01T00:00:00Z', asOf: ASOF };
    const mine = await hub.query(STATS, { ...v, j: '220302001' }, tokens.tiexi);
    expect(mine.body.errors).toBeUndefined();
    const other = await hub.query(STATS, { ...v, j: '220323' }, tokens.tiexi);
    expect(other.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const city = await hub.query(STATS, { ...v, j: '2203' }, tokens.tiexi);
    expect(city.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await hub.query(STATS, { ...v, j: '2203' }, tokens.citizen)).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await hub.query(STATS, { ...v, j: '22x' }, tokens.admin)).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await hub.query(STATS, { ...v, j: '2203', to: v.from }, tokens.admin)).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
