import { PROGRESS_QUERY } from '../../kit/partnerProgress';
import { verifyGatewayCall } from '../../kit/trust';
import { startReceiver, type Receiver } from '../../../test/support/receiver';
import { outboxRows } from '../../../test/support/referrals';
import { testSecrets } from '../../../test/support/signedFetch';
import { loadConfig } from '../src/config';
import { startPetition, type PetitionHarness } from './harness';
import { intakeIn, petitionStaff, receive } from './referralFixtures';

/** Governance is a stand-in that records every call and answers as told. */
let governance: Receiver;
let h: PetitionHarness;
beforeAll(async () => {
  governance = await startReceiver();
  h = await startPetition({ peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: governance.url } });
});
afterAll(async () => {
  await h.stop();
  await governance.close();
});
beforeEach(() => governance.clear());

async function divertedPetition() {
  const p = await receive(h.url, intakeIn(h.world, '220323', { litigation: 'ADMINISTRATIVE' }));
  const res = await h.post('mutation($id: ID!) { divertPetition(id: $id, legalRoute: "告知依法申请行政复议") { updatedAt } }', { id: p.id }, petitionStaff('220323'));
  expect(res.body.errors).toBeUndefined();
  return { id: p.id as string, dispatchId: p.dispatchId as string, updatedAt: res.body.data!.divertPetition.updatedAt as string };
}

describe('the outbox worker', () => {
  it('delivers the progress report to governance, signed as the petition service, and marks it delivered', async () => {
    governance.answer = 'echo';
    const p = await divertedPetition();
    expect(await h.server.outbox!.runOnce()).toBe(1);
    expect(governance.received).toHaveLength(1);
    const viewer = await verifyGatewayCall(governance.received[0].headers as Record<string, string>, governance.received[0].body, 'governance', testSecrets);
    expect(viewer).toMatchObject({ role: 'SERVICE', sub: 'petition' });
    expect(JSON.parse(governance.received[0].body)).toEqual({
      query: PROGRESS_QUERY,
      variables: { input: { eventId: `${p.id}:DIVERTED`, dispatchId: p.dispatchId, partner: 'PETITION', state: 'REJECTED', at: p.updatedAt, note: '告知依法申请行政复议', recordId: p.id } },
    });
    const [row] = await outboxRows(h.server.db, p.id);
    expect(row).toMatchObject({ attempts: 1, failed_at: null, last_error: null });
    expect(row.delivered_at).not.toBeNull();
    expect(await h.server.outbox!.runOnce()).toBe(0);
    expect(governance.received).toHaveLength(1);
  });

  it('keeps the report pending, with a later next attempt, while governance answers 503', async () => {
    governance.answer = 'unavailable';
    const p = await divertedPetition();
    const [before] = await outboxRows(h.server.db, p.id);
    const started = Date.now();
    expect(await h.server.outbox!.runOnce()).toBe(0);
    expect(governance.received).toHaveLength(1);
    const [row] = await outboxRows(h.server.db, p.id);
    expect(row).toMatchObject({ attempts: 1, delivered_at: null, failed_at: null });
    expect(row.last_error).toMatch(/503/);
    expect(new Date(row.next_attempt_at as string).getTime()).toBeGreaterThan(Math.max(started, new Date(before.next_attempt_at as string).getTime()));
  });
});
