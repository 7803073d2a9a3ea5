import { PROGRESS_QUERY } from '../../kit/partnerProgress';
import { verifyGatewayCall } from '../../kit/trust';
import { startReceiver, type Receiver } from '../../../test/support/receiver';
import { outboxRows } from '../../../test/support/referrals';
import { signedPost, testSecrets } from '../../../test/support/signedFetch';
import { loadConfig } from '../src/config';
import { startCourt, type RunningCourt } from './harness';
import { courtStaff, intakeIn, receive } from './referralFixtures';

/** Governance is a stand-in that records every call and answers as told. */
let governance: Receiver;
let court: RunningCourt;
beforeAll(async () => {
  governance = await startReceiver();
  court = await startCourt({ peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: governance.url } });
});
afterAll(async () => {
  await court.stop();
  await governance.close();
});
beforeEach(() => governance.clear());

const ACCEPT = 'mutation($id: ID!) { acceptCourtReferral(id: $id) { id updatedAt } }';

async function acceptedReferral() {
  const ref = await receive(court.url, intakeIn(court.world, '220302'));
  const res = await signedPost(court.url, 'court', ACCEPT, { id: ref.id }, courtStaff('220302'));
  expect(res.body.errors).toBeUndefined();
  return { ...ref, updatedAt: res.body.data!.acceptCourtReferral.updatedAt as string };
}

describe('the outbox worker', () => {
  it('delivers the progress report to governance, signed as the court service, and marks it delivered', async () => {
    governance.answer = 'echo';
    const ref = await acceptedReferral();
    expect(await court.server.outbox!.runOnce()).toBe(1);
    expect(governance.received).toHaveLength(1);
    const call = governance.received[0];
    const viewer = await verifyGatewayCall(call.headers as Record<string, string>, call.body, 'governance', testSecrets);
    expect(viewer).toMatchObject({ role: 'SERVICE', sub: 'court' });
    expect(JSON.parse(call.body)).toEqual({
      query: PROGRESS_QUERY,
      variables: { input: { eventId: `${ref.id}:ACCEPTED`, dispatchId: ref.dispatchId, partner: 'COURT', state: 'ACCEPTED', at: ref.updatedAt, note: '', recordId: ref.id } },
    });
    const [row] = await outboxRows(court.server.db, ref.id);
    expect(row).toMatchObject({ attempts: 1, failed_at: null, last_error: null });
    expect(row.delivered_at).not.toBeNull();
    // Delivered once: the next run has nothing to send.
    expect(await court.server.outbox!.runOnce()).toBe(0);
    expect(governance.received).toHaveLength(1);
  });

  it('keeps the report pending, with a later next attempt, while governance answers 503', async () => {
    governance.answer = 'unavailable';
    const ref = await acceptedReferral();
    const [before] = await outboxRows(court.server.db, ref.id);
    const started = Date.now();
    expect(await court.server.outbox!.runOnce()).toBe(0);
    expect(governance.received).toHaveLength(1);
    const [row] = await outboxRows(court.server.db, ref.id);
    expect(row).toMatchObject({ attempts: 1, delivered_at: null, failed_at: null });
    expect(row.last_error).toMatch(/503/);
    expect(new Date(row.next_attempt_at as string).getTime()).toBeGreaterThan(Math.max(started, new Date(before.next_attempt_at as string).getTime()));
  });
});
