import type { DemoWorld } from '../../../demo/model';
import { signedPost, type GraphQLResponse } from '../../../test/support/signedFetch';
import { makeIdNumber } from '../../kit/idNumber';
import { OUTBOX_TABLE } from '../../kit/outbox';
import { toIso } from '../../kit/rows';
import type { Viewer } from '../../kit/viewer';
import type { Running } from './harness';

/** Test referrals in a real place of the small world, the viewers of the workflow, and readers of what was written. */

export const governanceService: Viewer = { sub: 'governance', role: 'SERVICE', jurisdictions: [], scopes: [] };
export const procuratorateStaffOf = (jurisdiction: string): Viewer => ({ sub: `pm-${jurisdiction}`, role: 'AGENCY_STAFF', agency: 'PROCURATORATE', jurisdictions: [jurisdiction], scopes: [] });
export const admin: Viewer = { sub: 'admin-1', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] };

export const MATTER_FIELDS = `id dispatchId kind status title category description department regionCode gridCode
  petitioner { name idNumber phone anonymous unreachable confidential } procuratorate { code name level }
  receivedAt receivedOn proceduralReplyDueOn proceduralRepliedOn outcomeReplyDueOn outcomeRepliedOn outcomeReplyKind
  resultRepliedOn resultReply closedOn appeal { id }`;
export const INTAKE = `mutation($input: ProcuratorateReferralIntake!) { receiveProcuratorateReferral(input: $input) { ${MATTER_FIELDS} } }`;

export const post = (app: Running, query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<GraphQLResponse<any>> =>
  signedPost(app.url, 'procuratorate', query, variables, viewer);

let seq = 0;

/** A valid referral with a fresh dispatch id in a grid of `county`; `overrides` replace fields. */
export function referral(world: DemoWorld, overrides: Record<string, unknown> = {}, county = '220302'): Record<string, unknown> {
  const grid = world.city.grids.find((g) => g.regionCode.startsWith(county));
  if (!grid) throw new Error(`no grid in ${county}`);
  seq++;
  return {
    dispatchId: `T${process.pid}-${Date.now().toString(36)}-${seq}-D1`,
    appealId: `TAP-${seq}`,
    regionCode: grid.regionCode,
    gridCode: grid.code,
    category: 'LITIGATION.CRIMINAL',
    title: '对公安机关不立案决定不服',
    description: '报案后公安机关作出不予立案决定，申请检察机关监督。',
    nature: 'GRIEVANCE',
    litigation: 'CRIMINAL',
    urgency: 'NORMAL',
    anonymous: false,
    confidential: false,
    applicantName: '李四',
    applicantIdNumber: makeIdNumber('220302', '19750505', 31),
    applicantPhone: '+86 139 1234 5678',
    referredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    ...overrides,
  };
}

export async function countWhere(app: Running, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const [row] = await app.server.db(table).where(where).count({ n: '*' });
  return Number((row as { n: unknown }).n);
}

export interface OutboxRow {
  id: string;
  target: string;
  kind: string;
  payload: { query: string; variables: { input: Record<string, unknown> } };
  attempts: number;
  next_attempt_at: unknown;
  delivered_at: unknown;
  last_error: string | null;
}

/** The outbox rows about one record, oldest first. */
export async function outboxOf(app: Running, recordId: string): Promise<OutboxRow[]> {
  const rows: Record<string, unknown>[] = await app.server.db(OUTBOX_TABLE).orderBy([{ column: 'created_at' }, { column: 'id' }]);
  return rows
    .map((r) => ({ ...r, payload: JSON.parse(String(r.payload)) }) as OutboxRow)
    .filter((r) => r.payload.variables.input.recordId === recordId)
    .sort(byStateWithinTime);
}

/** Steps of one record can share a millisecond: within the same time, order them by the lifecycle. */
const STATE_ORDER = ['ACCEPTED', 'MEDIATING', 'AGREEMENT', 'FILED', 'JUDGED', 'REPLIED', 'REJECTED', 'CLOSED'];
function byStateWithinTime(a: { created_at?: unknown; payload: { variables: { input: Record<string, unknown> } } }, b: typeof a): number {
  const t = Date.parse(toIso(a.created_at)!) - Date.parse(toIso(b.created_at)!);
  return t || STATE_ORDER.indexOf(String(a.payload.variables.input.state)) - STATE_ORDER.indexOf(String(b.payload.variables.input.state));
}
