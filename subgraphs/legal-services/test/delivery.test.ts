import { startReceiver, type Receiver } from '../../../test/support/receiver';
import { GOVERNANCE, outboxRows } from '../../../test/support/referrals';
import { testSecrets } from '../../../test/support/signedFetch';
import { toIso } from '../../kit/rows';
import { verifyGatewayCall } from '../../kit/trust';
import { loadConfig } from '../src/config';
import { legalStaffOf, startHarness, type Harness } from './harness';
import { INTAKE, referral } from './referrals';

/** The outbox worker delivers progress to governance (a stand-in) over real HTTP, signed as the legal-services service. */
let governance: Receiver;
let h: Harness;

beforeAll(async () => {
  governance = await startReceiver();
  h = await startHarness({ peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: governance.url } });
});
afterAll(async () => {
  await h?.close();
  await governance?.close();
});

/** Receive a referral and accept it: one progress message in the outbox. */
async function acceptedReferral(): Promise<string> {
  const res: any = await h.post(INTAKE, { input: referral(h.world) }, GOVERNANCE);
  const id = res.body.data.receiveLegalServicesReferral.id;
  const accepted: any = await h.post('mutation($id: ID!) { acceptMediation(id: $id) { status } }', { id }, legalStaffOf('220302'));
  expect(accepted.body.data.acceptMediation.status).toBe('ACCEPTED');
  return id;
}

const rowOf = async (recordId: string) => (await outboxRows(h.server.db, recordId))[0];

test('runOnce sends the signed progress call to governance and marks the row delivered', async () => {
  governance.answer = 'echo';
  const id = await acceptedReferral();
  const before = governance.received.length;
  expect(await h.server.outbox!.runOnce()).toBe(1);
  expect(governance.received.length).toBe(before + 1);
  const call = governance.received[governance.received.length - 1];
  const viewer = await verifyGatewayCall(call.headers, call.body, 'governance', testSecrets);
  expect(viewer).toMatchObject({ role: 'SERVICE', sub: 'legal-services' });
  const row = await rowOf(id);
  expect(JSON.parse(call.body)).toEqual(row.payload);
  expect(row.payload.variables.input).toMatchObject({ eventId: `${id}:ACCEPTED`, state: 'ACCEPTED', partner: 'LEGAL_SERVICES', recordId: id });
  expect(row.attempts).toBe(1);
  expect(row.delivered_at).not.toBeNull();
  expect(await h.server.outbox!.runOnce()).toBe(0);
  expect(governance.received.length).toBe(before + 1);
});

test('when governance answers 503 the row stays pending with one attempt and a later next attempt', async () => {
  governance.answer = 'unavailable';
  const id = await acceptedReferral();
  const pending = await rowOf(id);
  const before = governance.received.length;
  expect(await h.server.outbox!.runOnce()).toBe(0);
  expect(governance.received.length).toBe(before + 1);
  const after = await rowOf(id);
  expect(after.delivered_at).toBeNull();
  expect(after.attempts).toBe(1);
  expect(Date.parse(toIso(after.next_attempt_at)!)).toBeGreaterThan(Date.parse(toIso(pending.next_attempt_at)!));
  expect(String((await h.server.db('outbox').where('id', after.id).first()).last_error)).toMatch(/503/);
});
