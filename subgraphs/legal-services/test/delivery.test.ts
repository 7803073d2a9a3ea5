import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testSecrets } from '../../../test/support/signedFetch';
import { toIso } from '../../kit/rows';
import { verifyGatewayCall } from '../../kit/trust';
import { loadConfig } from '../src/config';
import { governanceService, legalStaffOf, startHarness, type Harness } from './harness';
import { INTAKE, outboxRows, referral } from './referrals';

/** The outbox worker delivers progress to governance over real HTTP, signed as the legal-services service. */
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}
let h: Harness;
let receiver: http.Server;
let answer: 'ok' | 'unavailable' = 'ok';
const received: Received[] = [];

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body });
      if (answer === 'unavailable') {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
        return;
      }
      const eventId = JSON.parse(body).variables.input.eventId;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { reportPartnerProgress: { eventId, duplicate: false } } }));
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/graphql`;
  h = await startHarness({ peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: url } });
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** Receive a referral and accept it: one progress message in the outbox. */
async function acceptedReferral(): Promise<string> {
  const res: any = await h.post(INTAKE, { input: referral(h.world) }, governanceService);
  const id = res.body.data.receiveLegalServicesReferral.id;
  const accepted: any = await h.post('mutation($id: ID!) { acceptMediation(id: $id) { status } }', { id }, legalStaffOf('220302'));
  expect(accepted.body.data.acceptMediation.status).toBe('ACCEPTED');
  return id;
}

const rowOf = async (recordId: string) => (await outboxRows(h)).find((r) => r.payload.variables.input.recordId === recordId)!;

test('runOnce sends the signed progress call to governance and marks the row delivered', async () => {
  answer = 'ok';
  const id = await acceptedReferral();
  const before = received.length;
  expect(await h.server.outbox!.runOnce()).toBe(1);
  expect(received.length).toBe(before + 1);
  const call = received[received.length - 1];
  const viewer = await verifyGatewayCall(call.headers, call.body, 'governance', testSecrets);
  expect(viewer).toMatchObject({ role: 'SERVICE', sub: 'legal-services' });
  const row = await rowOf(id);
  expect(JSON.parse(call.body)).toEqual(row.payload);
  expect(row.payload.variables.input).toMatchObject({ eventId: `${id}:ACCEPTED`, state: 'ACCEPTED', partner: 'LEGAL_SERVICES', recordId: id });
  expect(row.attempts).toBe(1);
  expect(row.delivered_at).not.toBeNull();
  expect(await h.server.outbox!.runOnce()).toBe(0);
  expect(received.length).toBe(before + 1);
});

test('when governance answers 503 the row stays pending with one attempt and a later next attempt', async () => {
  answer = 'unavailable';
  const id = await acceptedReferral();
  const pending = await rowOf(id);
  const before = received.length;
  expect(await h.server.outbox!.runOnce()).toBe(0);
  expect(received.length).toBe(before + 1);
  const after = await rowOf(id);
  expect(after.delivered_at).toBeNull();
  expect(after.attempts).toBe(1);
  expect(Date.parse(toIso(after.next_attempt_at)!)).toBeGreaterThan(Date.parse(toIso(pending.next_attempt_at)!));
  expect(String((await h.server.db('outbox').where('id', after.id).first()).last_error)).toMatch(/503/);
});
