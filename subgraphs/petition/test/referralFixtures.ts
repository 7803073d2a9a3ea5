import type { Knex } from 'knex';
import type { DemoWorld } from '../../../demo/model';
import type { Viewer } from '../../kit/viewer';
import { signedPost } from '../../../test/support/signedFetch';
import type { ReferralIntakeInput } from '../src/domain/intake';

/** The hub's governance delivery worker, as it signs its calls. */
export const GOVERNANCE: Viewer = { sub: 'governance', role: 'SERVICE', jurisdictions: [], scopes: [] };
export const petitionStaff = (jurisdiction: string): Viewer => ({ sub: `pstaff-${jurisdiction}`, role: 'AGENCY_STAFF', agency: 'PETITION', jurisdictions: [jurisdiction], scopes: [] });
export const ADMIN: Viewer = { sub: 'admin-1', role: 'ADMIN', jurisdictions: [], scopes: [] };

export const PETITION_FIELDS = `id dispatchId status decision type form anonymous appeal { id } regionCode grid { code } title category
  petitioner { name idNumber phone } receivedOn registeredOn registrationDueOn decidedOn noticeDueOn noticeSentOn legalRoute handlingDueOn
  result repliedOn reviewRequestDueOn concludedOn createdAt updatedAt`;
export const RECEIVE = `mutation($input: PetitionReferralIntake!) { receivePetitionReferral(input: $input) { ${PETITION_FIELDS} } }`;

let counter = 0;

/** A valid intake for a comprehensive grid of the world inside `prefix`, with a fresh dispatch id. */
export function intakeIn(world: DemoWorld, prefix: string, patch: Partial<ReferralIntakeInput> = {}): ReferralIntakeInput {
  const grid = world.city.grids.find((g) => g.regionCode.startsWith(prefix) && g.type === 'COMPREHENSIVE');
  if (!grid) throw new Error(`no grid in ${prefix}`);
  counter++;
  return {
    dispatchId: `AP8${String(counter).padStart(5, '0')}-D1-${process.pid}-${Date.now() % 100000}`,
    appealId: `AP8${String(counter).padStart(5, '0')}`,
    regionCode: grid.regionCode,
    gridCode: grid.code,
    category: 'PROPERTY.HEATING',
    title: '小区冬季供暖温度不达标',
    description: '入冬以来室温长期低于十八度，多次向供热公司反映未解决。',
    nature: 'COMPLAINT',
    litigation: 'NONE',
    urgency: 'URGENT',
    anonymous: false,
    confidential: false,
    applicantName: '王芳',
    applicantIdNumber: '220302198001010048',
    applicantPhone: '13912345678',
    referredAt: new Date(Date.now() - 60_000).toISOString(),
    ...patch,
  };
}

/** Deliver an intake as governance does; resolves with the new (or existing) petition. */
export async function receive(url: string, input: ReferralIntakeInput): Promise<{ id: string; dispatchId: string; [field: string]: any }> {
  const res = await signedPost(url, 'petition', RECEIVE, { input }, GOVERNANCE);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!.receivePetitionReferral;
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
