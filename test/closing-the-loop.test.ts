import { runOverdueCheck } from '../subgraphs/governance/src/services/overdue';
import { startHub, type RunningHub } from './support/hub';
import { MUTATE, appealInput, submit } from './support/intake';

/**
 * Closing the loop (闭环), end to end through the gateway: an appeal goes overdue, the overdue job supervises the
 * unit automatically, the unit answers the supervision and replies to the appeal, the citizen is dissatisfied,
 * the appeal reopens and goes back to the same unit with a fresh deadline, is handled again, and is closed
 * satisfied. The timeline shows every step, who took it, and nothing else happened to the appeal.
 */
let hub: RunningHub;
const tokens: Record<string, string> = {};
const APPEAL = `query($id: ID!) { appeal(id: $id) {
  id status satisfaction closedAt
  dispatches { id role status dueAt breachedAt department { id } }
  supervisions { id kind trigger status reply department { id } }
  feedback { rating via comment }
  timeline { kind fromStatus toStatus actor note }
} }`;
const FEEDBACK = 'mutation($appealId: ID!, $rating: Satisfaction!, $comment: String, $via: FeedbackVia!) { recordFeedback(appealId: $appealId, rating: $rating, comment: $comment, via: $via) { appeal { id status satisfaction } } }';
const SUPERVISIONS = '{ supervisions(status: OPEN, first: 100) { nodes { id trigger appeal { id } } } }';
const REPLY_SV = 'mutation($id: ID!, $reply: String!) { replySupervision(id: $id, reply: $reply) { id status } }';

beforeAll(async () => {
  hub = await startHub({ scale: 'small' });
  const t = (name: string, v: Parameters<RunningHub['token']>[0]) => hub.token(v).then((x) => (tokens[name] = x));
  await Promise.all([
    t('citizen', { sub: 'citizen-loop', role: 'CITIZEN', jurisdictions: [], scopes: [] }),
    t('tiexi', { sub: 'tiexi-staff', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C220302000000', scopes: [] }),
    t('regulator', { sub: 'regulator-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220300-FINANCIAL_REGULATOR', scopes: [] }),
  ]);
});
afterAll(async () => hub?.close());

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}
const appealOf = async (id: string) => (await ok(APPEAL, { id }, tokens.tiexi)).appeal;
const leadOf = (a: any) => a.dispatches.filter((d: any) => d.role === 'LEAD').pop();

it('overdue → supervised → answered → replied → dissatisfied → reopened → handled again → closed satisfied', async () => {
  // The citizen's appeal reaches the regulator, who signs for it and then lets the deadline pass.
  const submitted = await submit(hub, tokens.citizen, appealInput());
  expect(submitted.body.errors).toBeUndefined();
  const id = submitted.body.data.submitAppeal.appeal.id;
  const first = leadOf(await appealOf(id));
  expect(first.department.id).toBe('D220300-FINANCIAL_REGULATOR');
  await ok(MUTATE.accept, { id: first.id }, tokens.regulator);
  await hub.subgraphs.governance.db('dispatches').where({ id: first.id }).update({ due_at: new Date(Date.now() - 60_000).toISOString() });

  // The overdue job records the breach and supervises the unit (once, however often it runs).
  expect((await runOverdueCheck(hub.subgraphs.governance.db)).breached).toContain(first.id);
  expect((await runOverdueCheck(hub.subgraphs.governance.db)).breached).not.toContain(first.id);
  const overdue = await appealOf(id);
  expect(leadOf(overdue).breachedAt).toBeTruthy();
  expect(overdue.supervisions).toEqual([expect.objectContaining({ kind: 'ROUTINE', trigger: 'OVERDUE', status: 'OPEN', department: { id: 'D220300-FINANCIAL_REGULATOR' } })]);

  // The unit finds the supervision among its own, answers it in writing, then replies to the appeal.
  const open = (await ok(SUPERVISIONS, {}, tokens.regulator)).supervisions.nodes.filter((s: any) => s.appeal.id === id);
  expect(open).toHaveLength(1);
  await ok(REPLY_SV, { id: open[0].id, reply: '因保险公司核损延误，已约谈并限三日内赔付' }, tokens.regulator);
  await ok(MUTATE.reply, { id: first.id, reply: '已督促保险公司赔付' }, tokens.regulator);
  expect((await appealOf(id)).status).toBe('REPLIED');

  // The citizen is dissatisfied: the appeal reopens and goes back to the same unit with a fresh deadline.
  const dissatisfied = await ok(FEEDBACK, { appealId: id, rating: 'DISSATISFIED', comment: '赔付金额不足', via: 'CITIZEN' }, tokens.citizen);
  expect(dissatisfied.recordFeedback.appeal).toMatchObject({ status: 'DISPATCHED', satisfaction: 'DISSATISFIED' });
  const reopened = await appealOf(id);
  const second = leadOf(reopened);
  expect(second.id).not.toBe(first.id);
  expect(second).toMatchObject({ status: 'PENDING', breachedAt: null, department: { id: 'D220300-FINANCIAL_REGULATOR' } });
  expect(Date.parse(second.dueAt)).toBeGreaterThan(Date.now());

  // Handled again, in time; the citizen is satisfied; the center closes it.
  await ok(MUTATE.accept, { id: second.id }, tokens.regulator);
  await ok(MUTATE.progress, { id: second.id, note: '重新核定赔付金额' }, tokens.regulator);
  await ok(MUTATE.reply, { id: second.id, reply: '保险公司已补足赔付' }, tokens.regulator);
  await ok(FEEDBACK, { appealId: id, rating: 'SATISFIED', comment: '满意', via: 'CITIZEN' }, tokens.citizen);
  await ok(MUTATE.close, { id, note: '群众满意，办结' }, tokens.tiexi);
  expect((await runOverdueCheck(hub.subgraphs.governance.db)).breached).not.toContain(second.id);

  const done = await appealOf(id);
  expect(done).toMatchObject({ status: 'CLOSED', satisfaction: 'SATISFIED' });
  expect(done.closedAt).toBeTruthy();
  expect(done.feedback.map((f: any) => f.rating)).toEqual(['DISSATISFIED', 'SATISFIED']);
  expect(done.supervisions).toEqual([expect.objectContaining({ status: 'REPLIED', reply: '因保险公司核损延误，已约谈并限三日内赔付' })]);
  const steps = done.timeline.filter((e: any) => !e.kind.startsWith('CO_HANDLER')).map((e: any) => e.kind);
  expect(steps).toEqual([
    'RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED',
    'OVERDUE', 'SUPERVISED', 'SUPERVISION_REPLIED',
    'IN_PROGRESS', 'REPLIED',
    'FEEDBACK', 'REOPENED', 'DISPATCHED',
    'ACCEPTED', 'IN_PROGRESS', 'REPLIED',
    'FEEDBACK', 'CLOSED',
  ]);
  const by = (kind: string) => done.timeline.filter((e: any) => e.kind === kind).map((e: any) => e.actor);
  expect(by('OVERDUE')).toEqual(['SYSTEM:overdue-job']);
  expect(by('SUPERVISED')).toEqual(['SYSTEM:overdue-job']);
  expect(by('SUPERVISION_REPLIED')).toEqual(['DEPARTMENT_STAFF:regulator-1']);
  expect(by('FEEDBACK')).toEqual(['CITIZEN:citizen-loop', 'CITIZEN:citizen-loop']);
  expect(by('CLOSED')).toEqual(['CENTER_STAFF:tiexi-staff']);
  expect(done.timeline.find((e: any) => e.kind === 'REOPENED')).toMatchObject({ fromStatus: 'REPLIED', toStatus: 'REOPENED' });
});
