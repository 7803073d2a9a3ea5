import type { Knex } from 'knex';
import type { DemoWorld } from '../../../demo/model';
import type { Viewer } from '../../kit/viewer';
import { signedPost } from '../../../test/support/signedFetch';
import type { ReferralIntakeInput } from '../src/domain/intake';

/** The hub's governance delivery worker, as it signs its calls. */
export const GOVERNANCE: Viewer = { sub: 'governance', role: 'SERVICE', jurisdictions: [], scopes: [] };
export const courtStaff = (jurisdiction: string): Viewer => ({ sub: `judge-${jurisdiction}`, role: 'AGENCY_STAFF', agency: 'COURT', jurisdictions: [jurisdiction], scopes: [] });
export const ADMIN: Viewer = { sub: 'admin-1', role: 'ADMIN', jurisdictions: [], scopes: [] };

export const RECEIVE = `mutation($input: CourtReferralIntake!) {
  receiveCourtReferral(input: $input) { id dispatchId status kind courtName courtCode regionCode applicantName receivedAt updatedAt mediationDeadline appeal { id } }
}`;

let counter = 0;

/** A valid intake for a comprehensive grid of the world inside `prefix`, with a fresh dispatch id. */
export function intakeIn(world: DemoWorld, prefix: string, patch: Partial<ReferralIntakeInput> = {}): ReferralIntakeInput {
  const grid = world.city.grids.find((g) => g.regionCode.startsWith(prefix) && g.type === 'COMPREHENSIVE');
  if (!grid) throw new Error(`no grid in ${prefix}`);
  counter++;
  return {
    dispatchId: `AP9${String(counter).padStart(5, '0')}-D1-${process.pid}-${Date.now() % 100000}`,
    appealId: `AP9${String(counter).padStart(5, '0')}`,
    regionCode: grid.regionCode,
    gridCode: grid.code,
    category: 'LABOUR.WAGE_ARREARS',
    title: '村民被拖欠工资',
    description: '外地企业拖欠本村十余名村民工资共计二十余万元，多次讨要未果。',
    nature: 'GRIEVANCE',
    litigation: 'CIVIL',
    urgency: 'NORMAL',
    anonymous: false,
    confidential: false,
    applicantName: '张伟',
    applicantIdNumber: '22030219800101003x',
    applicantPhone: '+86 138-0000-5678',
    referredAt: new Date(Date.now() - 60_000).toISOString(),
    ...patch,
  };
}

/** Deliver an intake as governance does; resolves with the new (or existing) referral. */
export async function receive(url: string, input: ReferralIntakeInput): Promise<{ id: string; status: string; kind: string; dispatchId: string; [k: string]: unknown }> {
  const res = await signedPost(url, 'court', RECEIVE, { input }, GOVERNANCE);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!.receiveCourtReferral;
}

export interface OutboxRow {
  id: string;
  target: string;
  kind: string;
  payload: { query: string; variables: { input: Record<string, unknown> } };
  attempts: number;
  delivered_at: unknown;
  failed_at: unknown;
  next_attempt_at: unknown;
  last_error: string | null;
}

/** The outbox rows, oldest first (optionally those of one record). */
export async function outboxRows(db: Knex, recordId?: string): Promise<OutboxRow[]> {
  const rows = await db('outbox').select('*').orderBy([{ column: 'created_at' }, { column: 'id' }]);
  return rows
    .map((r: Record<string, unknown>) => ({ ...r, attempts: Number(r.attempts), payload: JSON.parse(String(r.payload)) }) as OutboxRow)
    .filter((r) => !recordId || r.payload.variables.input.recordId === recordId);
}

export async function count(db: Knex, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const [{ n }] = await db(table).where(where).count({ n: '*' });
  return Number(n);
}
