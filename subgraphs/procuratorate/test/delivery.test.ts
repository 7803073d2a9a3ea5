import { startReceiver, type Receiver } from '../../../test/support/receiver';
import { GOVERNANCE, outboxRows } from '../../../test/support/referrals';
import { testSecrets } from '../../../test/support/signedFetch';
import { toIso } from '../../kit/rows';
import { verifyGatewayCall } from '../../kit/trust';
import { loadConfig } from '../src/config';
import { startSeeded, type Running } from './harness';
import { INTAKE, post, procuratorateStaffOf, referral } from './referrals';

/** The outbox worker delivers progress to governance (a stand-in) over real HTTP, signed as the procuratorate service. */
let governance: Receiver;
let app: Running;

beforeAll(async () => {
  governance = await startReceiver();
  app = await startSeeded({ config: { peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: governance.url } } });
});
afterAll(async () => {
  await app?.stop();
  await governance?.close();
});

/** Receive a referral and accept it: one progress message in the outbox. */
async function acceptedReferral(): Promise<string> {
  const res = await post(app, INTAKE, { input: referral(app.world) }, GOVERNANCE);
  const id = res.body.data.receiveProcuratorateReferral.id;
  const accepted = await post(app, 'mutation($id: ID!) { acceptProcuratorateMatter(id: $id) { status } }', { id }, procuratorateStaffOf('220302'));
  expect(accepted.body.data.acceptProcuratorateMatter.status).toBe('PROCEDURAL_REPLIED');
  return id;
}

test('runOnce sends the signed progress call to governance and marks the row delivered', async () => {
  governance.answer = 'echo';
  const id = await acceptedReferral();
  const before = governance.received.length;
  expect(await app.server.outbox!.runOnce()).toBe(1);
  expect(governance.received.length).toBe(before + 1);
  const call = governance.received[governance.received.length - 1];
  expect(await verifyGatewayCall(call.headers, call.body, 'governance', testSecrets)).toMatchObject({ role: 'SERVICE', sub: 'procuratorate' });
  const [row] = await outboxRows(app.server.db, id);
  expect(JSON.parse(call.body)).toEqual(row.payload);
  expect(row.payload.variables.input).toMatchObject({ eventId: `${id}:ACCEPTED`, state: 'ACCEPTED', partner: 'PROCURATORATE', recordId: id });
  expect(row.attempts).toBe(1);
  expect(row.delivered_at).not.toBeNull();
  expect(await app.server.outbox!.runOnce()).toBe(0);
  expect(governance.received.length).toBe(before + 1);
});

test('when governance answers 503 the row stays pending with one attempt and a later next attempt', async () => {
  governance.answer = 'unavailable';
  const id = await acceptedReferral();
  const [pending] = await outboxRows(app.server.db, id);
  const before = governance.received.length;
  expect(await app.server.outbox!.runOnce()).toBe(0);
  expect(governance.received.length).toBe(before + 1);
  const [after] = await outboxRows(app.server.db, id);
  expect(after).toMatchObject({ delivered_at: null, attempts: 1, last_error: expect.stringMatching(/503/) });
  expect(Date.parse(toIso(after.next_attempt_at)!)).toBeGreaterThan(Date.parse(toIso(pending.next_attempt_at)!));
});
