import type { DemoWorld } from '../../../demo/model';
import { makeIdNumber } from '../../kit/idNumber';
import { OUTBOX_TABLE } from '../../kit/outbox';
import { toIso } from '../../kit/rows';
import type { Harness } from './harness';

/** Test referrals in a real place of the small world, and readers of what intake and the workflow wrote. */

export const INTAKE = `mutation($input: LegalServicesReferralIntake!) { receiveLegalServicesReferral(input: $input) {
  id dispatchId status tier category title description applicantName regionCode startDate deadline
  organization { id kind level specialty regionCode } appeal { id } } }`;

let seq = 0;

/** A grid of the small world in a county (`220302` 铁西区, `220323` 伊通). */
export function gridIn(world: DemoWorld, county: string): { regionCode: string; gridCode: string } {
  const grid = world.city.grids.find((g) => g.regionCode.startsWith(county));
  if (!grid) throw new Error(`no grid in ${county}`);
  return { regionCode: grid.regionCode, gridCode: grid.code };
}

/** A valid referral with a fresh dispatch id; `overrides` replace fields. */
export function referral(world: DemoWorld, overrides: Record<string, unknown> = {}, county = '220302'): Record<string, unknown> {
  seq++;
  return {
    dispatchId: `T${process.pid}-${Date.now().toString(36)}-${seq}-D1`,
    appealId: `TAP-${seq}`,
    ...gridIn(world, county),
    category: 'NEIGHBOUR.DISPUTE',
    title: '楼上漏水邻里纠纷',
    description: '楼上住户卫生间漏水，多次协商未果。',
    nature: 'GRIEVANCE',
    litigation: 'NONE',
    urgency: 'NORMAL',
    anonymous: false,
    confidential: false,
    applicantName: '张三',
    applicantIdNumber: makeIdNumber('220302', '19800101', 12),
    applicantPhone: '13812345678',
    referredAt: new Date(Date.now() - 3_600_000).toISOString(),
    ...overrides,
  };
}

export async function countWhere(h: Harness, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const [row] = await h.server.db(table).where(where).count({ n: '*' });
  return Number((row as { n: unknown }).n);
}

/** The outbox rows (payload parsed), oldest first. */
export async function outboxRows(h: Harness): Promise<{ id: string; target: string; kind: string; payload: { query: string; variables: { input: Record<string, unknown> } }; attempts: number; next_attempt_at: unknown; delivered_at: unknown }[]> {
  const rows = await h.server.db(OUTBOX_TABLE).orderBy([{ column: 'created_at' }, { column: 'id' }]);
  return rows.map((r: Record<string, unknown>) => ({ ...r, payload: JSON.parse(String(r.payload)) })).sort(byStateWithinTime) as never;
}

/** Steps of one record can share a millisecond: within the same time, order them by the lifecycle. */
const STATE_ORDER = ['ACCEPTED', 'MEDIATING', 'AGREEMENT', 'FILED', 'JUDGED', 'REPLIED', 'REJECTED', 'CLOSED'];
function byStateWithinTime(a: { created_at?: unknown; payload: { variables: { input: Record<string, unknown> } } }, b: typeof a): number {
  const t = Date.parse(toIso(a.created_at)!) - Date.parse(toIso(b.created_at)!);
  return t || STATE_ORDER.indexOf(String(a.payload.variables.input.state)) - STATE_ORDER.indexOf(String(b.payload.variables.input.state));
}
