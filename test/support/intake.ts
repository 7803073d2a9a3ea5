import { randomUUID } from 'node:crypto';
import type { RunningHub } from './hub';

export const SUBMIT = `mutation Submit($input: SubmitAppealInput!) {
  submitAppeal(input: $input) {
    outcome replayed legalRoute
    appeal { id status category { code } grid { code } center { id } dispatches { id role status targetType partner department { id } center { id } returnDueAt } }
    linkedAppeal { id status }
    possibleDuplicates { id }
  }
}`;

export const TIMELINE = `query T($id: ID!) { appeal(id: $id) { id status closedAt timeline { kind fromStatus toStatus actor note } dispatches { id role status partnerState reply } } }`;

/** A valid applicant (the ID number passes GB 11643). */
export const APPLICANT = { name: '王建国', idNumber: '11010519491231002X', phone: '+86 138-0013-8000', address: '仁兴街道' };

export function appealInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: `k-${randomUUID()}`,
    channel: 'MINI_PROGRAM',
    title: '交通事故后保险公司拒不理赔',
    description: '本人在铁西区发生交通事故，对方投保的保险公司拖延理赔三个月，请求协调。',
    location: { gridCode: '220302001001001' },
    // A fresh person each time, so that unrelated submissions are never linked as repeats.
    applicant: { ...APPLICANT, idNumber: null, phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` },
    ...overrides,
  };
}

export async function submit(hub: RunningHub, token: string | undefined, input: Record<string, unknown>) {
  return hub.query(SUBMIT, { input }, token);
}

export const MUTATE = {
  accept: 'mutation($id: ID!) { acceptWorkOrder(id: $id) { id status acceptedAt } }',
  ret: 'mutation($id: ID!, $reason: String!) { returnWorkOrder(id: $id, reason: $reason) { id status returnReason } }',
  progress: 'mutation($id: ID!, $note: String!) { recordWorkOrderProgress(id: $id, note: $note) { id status } }',
  reply: 'mutation($id: ID!, $reply: String!) { replyWorkOrder(id: $id, reply: $reply) { id status reply } }',
  close: 'mutation($id: ID!, $note: String) { closeAppeal(id: $id, note: $note) { id status closedAt } }',
  redispatch: 'mutation($id: ID!, $targets: [RoutingTargetInput!]!) { redispatchAppeal(id: $id, targets: $targets) { id status } }',
};

/** Wait until `check` returns a truthy value (polling), or fail after `ms`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, ms = 30_000, what = 'condition'): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
