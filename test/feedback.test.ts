import { startHub, type RunningHub } from './support/hub';
import { MUTATE, appealInput, submit } from './support/intake';

/**
 * Part 3 through the gateway: who may rate (the owning citizen, or center staff after a follow-up call), when
 * (replied or closed), what dissatisfaction does (reopen, back to the previous lead with a fresh clock; again:
 * supervision), every rating kept, the latest on the appeal, and the follow-ups due for staff.
 */
let hub: RunningHub;
const tokens: Record<string, string> = {};
const FEEDBACK = 'mutation($appealId: ID!, $rating: Satisfaction!, $comment: String, $via: FeedbackVia!) { recordFeedback(appealId: $appealId, rating: $rating, comment: $comment, via: $via) { feedback { id rating via recordedBy dispatch { id } } appeal { id status satisfaction } } }';
const APPEAL = 'query($id: ID!) { appeal(id: $id) { id status satisfaction feedback { rating via comment } dispatches { id role status dueAt dispatchedAt returnable department { id } } supervisions { trigger kind } timeline { kind } } }';
const FOLLOW_UPS = '{ followUpsDue(first: 100) { nodes { dueAt appeal { id status } } } }';

beforeAll(async () => {
  hub = await startHub({ scale: 'small' });
  const t = (name: string, v: Parameters<RunningHub['token']>[0]) => hub.token(v).then((x) => (tokens[name] = x));
  await Promise.all([
    t('citizen', { sub: 'citizen-f', role: 'CITIZEN', jurisdictions: [], scopes: [] }),
    t('stranger', { sub: 'citizen-g', role: 'CITIZEN', jurisdictions: [], scopes: [] }),
    t('tiexi', { sub: 'tiexi-staff', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C220302000000', scopes: [] }),
    t('yitong', { sub: 'yitong-staff', role: 'CENTER_STAFF', jurisdictions: ['220323'], centerId: 'C220323000000', scopes: [] }),
    t('regulator', { sub: 'regulator-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220300-FINANCIAL_REGULATOR', scopes: [] }),
  ]);
});
afterAll(async () => hub?.close());

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}
async function fails(query: string, variables: Record<string, unknown>, token: string): Promise<string> {
  const res = await hub.query(query, variables, token);
  expect(res.body.errors?.length).toBeGreaterThan(0);
  return res.body.errors![0].extensions.code;
}
const lead = (a: any) => a.dispatches.filter((d: any) => d.role === 'LEAD').pop();

/** A citizen's appeal handled by the regulator up to REPLIED. */
async function repliedAppeal(): Promise<any> {
  const res = await submit(hub, tokens.citizen, appealInput());
  const id = res.body.data.submitAppeal.appeal.id;
  const a = (await ok(APPEAL, { id }, tokens.tiexi)).appeal;
  await ok(MUTATE.accept, { id: lead(a).id }, tokens.regulator);
  await ok(MUTATE.reply, { id: lead(a).id, reply: '已协调赔付' }, tokens.regulator);
  return (await ok(APPEAL, { id }, tokens.tiexi)).appeal;
}

describe('feedback', () => {
  it('only the owning citizen or staff of the jurisdiction rate, and only a replied or closed appeal', async () => {
    const res = await submit(hub, tokens.citizen, appealInput());
    const id = res.body.data.submitAppeal.appeal.id;
    expect(await fails(FEEDBACK, { appealId: id, rating: 'SATISFIED', via: 'CITIZEN' }, tokens.citizen)).toBe('FEEDBACK_NOT_ALLOWED');
    const a = await repliedAppeal();
    expect(await fails(FEEDBACK, { appealId: a.id, rating: 'SATISFIED', via: 'CITIZEN' }, tokens.stranger)).toBe('NOT_FOUND');
    expect(await fails(FEEDBACK, { appealId: a.id, rating: 'SATISFIED', via: 'FOLLOW_UP_CALL' }, tokens.yitong)).toBe('NOT_FOUND');
    expect(await fails(FEEDBACK, { appealId: a.id, rating: 'SATISFIED', via: 'CITIZEN' }, tokens.tiexi)).toBe('FORBIDDEN');
    expect(await fails(FEEDBACK, { appealId: a.id, rating: 'SATISFIED', via: 'FOLLOW_UP_CALL' }, tokens.citizen)).toBe('FORBIDDEN');
    const { recordFeedback } = await ok(FEEDBACK, { appealId: a.id, rating: 'BASICALLY_SATISFIED', comment: '还行', via: 'CITIZEN' }, tokens.citizen);
    expect(recordFeedback.feedback).toMatchObject({ rating: 'BASICALLY_SATISFIED', via: 'CITIZEN', recordedBy: 'CITIZEN:citizen-f', dispatch: { id: lead(a).id } });
    expect(recordFeedback.appeal).toMatchObject({ status: 'REPLIED', satisfaction: 'BASICALLY_SATISFIED' });
    await ok(MUTATE.close, { id: a.id }, tokens.tiexi);
    await ok(FEEDBACK, { appealId: a.id, rating: 'SATISFIED', via: 'FOLLOW_UP_CALL' }, tokens.tiexi);
    const after = (await ok(APPEAL, { id: a.id }, tokens.tiexi)).appeal;
    expect(after.satisfaction).toBe('SATISFIED');
    expect(after.feedback.map((f: any) => [f.rating, f.via])).toEqual([['BASICALLY_SATISFIED', 'CITIZEN'], ['SATISFIED', 'FOLLOW_UP_CALL']]);
  });

  it('dissatisfied reopens and re-dispatches to the previous lead with a fresh clock; a second time raises supervision', async () => {
    const a = await repliedAppeal();
    const first = lead(a);
    const { recordFeedback } = await ok(FEEDBACK, { appealId: a.id, rating: 'DISSATISFIED', comment: '没有赔付到位', via: 'CITIZEN' }, tokens.citizen);
    expect(recordFeedback.appeal).toMatchObject({ status: 'DISPATCHED', satisfaction: 'DISSATISFIED' });
    const re = (await ok(APPEAL, { id: a.id }, tokens.tiexi)).appeal;
    const second = lead(re);
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ status: 'PENDING', returnable: false, department: { id: first.department.id } });
    expect(second.dueAt > first.dueAt || second.dispatchedAt > first.dispatchedAt).toBe(true);
    expect(re.dispatches.find((d: any) => d.id === first.id).status).toBe('CLOSED');
    expect(re.timeline.map((e: any) => e.kind).slice(-3)).toEqual(['FEEDBACK', 'REOPENED', 'DISPATCHED']);
    expect(re.supervisions).toEqual([]);
    await ok(MUTATE.accept, { id: second.id }, tokens.regulator);
    await ok(MUTATE.reply, { id: second.id, reply: '再次协调' }, tokens.regulator);
    await ok(FEEDBACK, { appealId: a.id, rating: 'DISSATISFIED', via: 'FOLLOW_UP_CALL', comment: '仍未解决' }, tokens.tiexi);
    const again = (await ok(APPEAL, { id: a.id }, tokens.tiexi)).appeal;
    expect(again.supervisions).toEqual([expect.objectContaining({ trigger: 'DISSATISFIED_NO_IMPROVEMENT', kind: 'LISTED' })]);
    expect(again.feedback).toHaveLength(2);
  });

  it('lists the follow-ups due once the deadline expired, until feedback comes', async () => {
    const a = await repliedAppeal();
    const due = (await ok(FOLLOW_UPS, {}, tokens.tiexi)).followUpsDue.nodes.map((n: any) => n.appeal.id);
    expect(due).not.toContain(a.id);
    await hub.subgraphs.governance.db('dispatches').where({ id: lead(a).id }).update({ due_at: new Date(Date.now() - 60_000).toISOString() });
    const now = (await ok(FOLLOW_UPS, {}, tokens.tiexi)).followUpsDue.nodes;
    expect(now.map((n: any) => n.appeal.id)).toContain(a.id);
    expect(now.every((n: any) => n.appeal.status === 'REPLIED')).toBe(true);
    expect((await ok(FOLLOW_UPS, {}, tokens.yitong)).followUpsDue.nodes.map((n: any) => n.appeal.id)).not.toContain(a.id);
    expect(await fails(FOLLOW_UPS, {}, tokens.regulator)).toBe('FORBIDDEN');
    await ok(FEEDBACK, { appealId: a.id, rating: 'SATISFIED', via: 'FOLLOW_UP_CALL' }, tokens.tiexi);
    expect((await ok(FOLLOW_UPS, {}, tokens.tiexi)).followUpsDue.nodes.map((n: any) => n.appeal.id)).not.toContain(a.id);
  });
});
