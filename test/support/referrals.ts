import type { Knex } from 'knex';
import type { DemoWorld } from '../../demo/model';
import { OUTBOX_TABLE } from '../../subgraphs/kit/outbox';
import type { PartnerState } from '../../subgraphs/kit/partnerProgress';
import type { ReferralIntakeInput } from '../../subgraphs/kit/referralIntake';
import { toIso } from '../../subgraphs/kit/rows';
import type { Viewer } from '../../subgraphs/kit/viewer';
import { staffOf, type GraphQLResponse } from './signedFetch';

/**
 * Referrals from governance to the partner subgraphs in their tests: valid and broken referrals, the intake contract
 * every partner keeps, and readers of what the partners wrote.
 */

/** The hub's governance delivery worker, as it signs its calls to partners. */
export const GOVERNANCE: Viewer = { sub: 'governance', role: 'SERVICE', jurisdictions: [], scopes: [] };

/** What a test referral is about: everything but its ids, its place and its time (each partner has its own matter). */
export type ReferralMatter = Omit<ReferralIntakeInput, 'dispatchId' | 'appealId' | 'regionCode' | 'gridCode' | 'referredAt'>;

let seq = 0;

/**
 * A valid referral of `matter` from a comprehensive grid inside `prefix` (`220302` 铁西区, `220323` 伊通), with a fresh
 * dispatch and appeal id, referred an hour ago; `patch` replaces fields.
 */
export function referralIn(world: DemoWorld, prefix: string, matter: ReferralMatter, patch: Partial<ReferralIntakeInput> = {}): ReferralIntakeInput {
  const grid = world.city.grids.find((g) => g.regionCode.startsWith(prefix) && g.type === 'COMPREHENSIVE');
  if (!grid) throw new Error(`no grid in ${prefix}`);
  seq++;
  return {
    dispatchId: `T${process.pid}-${Date.now().toString(36)}-${seq}-D1`,
    appealId: `TAP-${process.pid}-${seq}`,
    regionCode: grid.regionCode,
    gridCode: grid.code,
    ...matter,
    referredAt: new Date(Date.now() - 3_600_000).toISOString(),
    ...patch,
  };
}

/**
 * Inputs that break the referral contract, one field each, as `[field, patch]`: every partner refuses each with
 * BAD_USER_INPUT naming `input.<field>` and writes nothing.
 */
export const BAD_REFERRALS: [string, Partial<Record<keyof ReferralIntakeInput, unknown>>][] = [
  ['input.dispatchId', { dispatchId: '' }],
  ['input.dispatchId', { dispatchId: 'x'.repeat(65) }],
  ['input.dispatchId', { dispatchId: ' AP1-D1 ' }],
  ['input.appealId', { appealId: 'AP 1' }],
  ['input.appealId', { appealId: 'AP/1' }],
  ['input.regionCode', { regionCode: '22030210000' }],
  ['input.regionCode', { regionCode: '2203021000a1' }],
  ['input.regionCode', { regionCode: '2203021002010' }],
  ['input.gridCode', { gridCode: '22030210000100' }],
  ['input.gridCode', { gridCode: 'abc' }],
  ['input.gridCode', { gridCode: '220323100001001' }],
  ['input.category', { category: '' }],
  ['input.category', { category: 'labour wage' }],
  ['input.category', { category: 'LITIGATION..CRIMINAL' }],
  ['input.title', { title: '   ' }],
  ['input.title', { title: '长'.repeat(201) }],
  ['input.description', { description: '长'.repeat(4001) }],
  ['input.nature', { nature: 'grievance' }],
  ['input.litigation', { litigation: 'ARBITRATION' }],
  ['input.urgency', { urgency: 'SOMEDAY' }],
  ['input.applicantName', { applicantName: '名'.repeat(101) }],
  ['input.applicantIdNumber', { applicantIdNumber: '220302198001010014' }],
  ['input.applicantIdNumber', { applicantIdNumber: '22030219750505031' }],
  ['input.applicantPhone', { applicantPhone: '010-12345678' }],
  ['input.referredAt', { referredAt: 'yesterday' }],
  ['input.referredAt', { referredAt: '2026-03-01 08:00' }],
  ['input.referredAt', { referredAt: '2026-05-01T10:00:00' }],
  ['input.referredAt', { referredAt: '2026-13-01T00:00:00Z' }],
  ['input.referredAt', { referredAt: '2026-02-30T10:00:00Z' }],
  ['input.referredAt', { referredAt: new Date(Date.now() + 3_600_000).toISOString() }],
];

export interface OutboxRow {
  id: string;
  target: string;
  kind: string;
  payload: { query: string; variables: { input: Record<string, unknown> } };
  attempts: number;
  created_at: unknown;
  next_attempt_at: unknown;
  delivered_at: unknown;
  failed_at: unknown;
  last_error: string | null;
}

/** Steps of one record can share a millisecond: within the same time, order them by the lifecycle. */
const STATE_ORDER: PartnerState[] = ['ACCEPTED', 'MEDIATING', 'AGREEMENT', 'FILED', 'JUDGED', 'REPLIED', 'REJECTED', 'CLOSED'];
const stateOf = (r: OutboxRow) => STATE_ORDER.indexOf(r.payload.variables.input.state as PartnerState);

/** The outbox rows (payload parsed), oldest first; only those reporting on `recordId` when given. */
export async function outboxRows(db: Knex, recordId?: string): Promise<OutboxRow[]> {
  const rows: Record<string, unknown>[] = await db(OUTBOX_TABLE).select('*').orderBy([{ column: 'created_at' }, { column: 'id' }]);
  return rows
    .map((r) => ({ ...r, attempts: Number(r.attempts), payload: JSON.parse(String(r.payload)) }) as OutboxRow)
    .filter((r) => !recordId || r.payload.variables.input.recordId === recordId)
    .sort((a, b) => Date.parse(toIso(a.created_at)!) - Date.parse(toIso(b.created_at)!) || stateOf(a) - stateOf(b));
}

/** How many rows of `table` match `where`. */
export async function count(db: Knex, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db(table).where(where).count({ n: '*' });
  return Number((row as { n: unknown }).n);
}

/** A partner's referral intake, as the shared contract tests drive it (read when a test runs, after `beforeAll`). */
export interface PartnerIntake {
  /** The partner's service name (`court`); another service may not deliver either. */
  service: string;
  /** The partner's own agency staff: they work referrals but do not deliver them. */
  staff: Viewer;
  /** The table that gets one row per dispatch id. */
  table: string;
  db: Knex;
  /** A valid referral with a fresh dispatch id. */
  referral(): ReferralIntakeInput;
  /** POST the partner's intake mutation with `input` as `viewer`. */
  post(input: unknown, viewer: Viewer): Promise<GraphQLResponse<any>>;
}

/** Who is not governance's delivery worker, and so may not deliver a referral. */
const NOT_GOVERNANCE: [string, (p: PartnerIntake) => Viewer][] = [
  ['center staff', () => staffOf('2203')],
  ["the partner's own agency staff", (p) => p.staff],
  ['an administrator', () => ({ sub: 'admin-1', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] })],
  ['another service', (p) => ({ sub: p.service === 'petition' ? 'court' : 'petition', role: 'SERVICE', jurisdictions: [], scopes: [] })],
];

/**
 * The intake contract every partner keeps over HTTP: only governance's service delivers; one record per dispatch id
 * whatever the retries and races; each broken field refused with BAD_USER_INPUT naming it; a refusal writes nothing.
 */
export function describeIntakeContract(partner: () => PartnerIntake): void {
  describe('the referral intake contract', () => {
    /** POST as `viewer`; the response, and how many records there are after it (and were before). */
    async function deliver(input: unknown, viewer: Viewer = GOVERNANCE) {
      const p = partner();
      const before = await count(p.db, p.table);
      const res = await p.post(input, viewer);
      return { res, before, after: await count(p.db, p.table) };
    }

    /** Expect a refusal with `extensions`, and nothing written. */
    function expectRefused({ res, before, after }: Awaited<ReturnType<typeof deliver>>, extensions: Record<string, unknown>) {
      expect(res.status).toBe(200);
      expect(res.body.data).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors![0].extensions).toMatchObject(extensions);
      expect(after).toBe(before);
    }

    it('is idempotent on the dispatch id: a retry returns the same record and writes nothing', async () => {
      const input = partner().referral();
      const first = await deliver(input);
      expect(first.res.body.errors).toBeUndefined();
      expect(first.after).toBe(first.before + 1);
      const again = await deliver({ ...input, title: '重复投递' });
      expect(again.res.body).toEqual(first.res.body);
      expect(again.after).toBe(again.before);
    });

    it('makes exactly one record of ten concurrent deliveries of a new dispatch', async () => {
      const p = partner();
      const input = p.referral();
      const results = await Promise.all(Array.from({ length: 10 }, () => p.post(input, GOVERNANCE)));
      for (const res of results) expect(res.body.errors).toBeUndefined();
      expect(new Set(results.map((res) => JSON.stringify(res.body.data))).size).toBe(1);
      expect(await count(p.db, p.table, { dispatch_id: input.dispatchId })).toBe(1);
    });

    it.each(NOT_GOVERNANCE)('refuses %s with FORBIDDEN and writes nothing', async (_, viewer) => {
      expectRefused(await deliver(partner().referral(), viewer(partner())), { code: 'FORBIDDEN' });
    });

    it.each(BAD_REFERRALS)('refuses a bad %s with BAD_USER_INPUT and writes nothing', async (field, patch) => {
      expectRefused(await deliver({ ...partner().referral(), ...patch }), { code: 'BAD_USER_INPUT', field });
    });
  });
}
