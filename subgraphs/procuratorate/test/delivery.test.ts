import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testSecrets } from '../../../test/support/signedFetch';
import { toIso } from '../../kit/rows';
import { verifyGatewayCall } from '../../kit/trust';
import { loadConfig } from '../src/config';
import { startSeeded, type Running } from './harness';
import { governanceService, INTAKE, outboxOf, post, procuratorateStaffOf, referral } from './referrals';

/** The outbox worker delivers progress to governance over real HTTP, signed as the procuratorate service. */
let app: Running;
let receiver: http.Server;
let answer: 'ok' | 'unavailable' = 'ok';
const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];

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
  app = await startSeeded({ config: { peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: url } } });
});
afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** Receive a referral and accept it: one progress message in the outbox. */
async function acceptedReferral(): Promise<string> {
  const res = await post(app, INTAKE, { input: referral(app.world) }, governanceService);
  const id = res.body.data.receiveProcuratorateReferral.id;
  const accepted = await post(app, 'mutation($id: ID!) { acceptProcuratorateMatter(id: $id) { status } }', { id }, procuratorateStaffOf('220302'));
  expect(accepted.body.data.acceptProcuratorateMatter.status).toBe('PROCEDURAL_REPLIED');
  return id;
}

test('runOnce sends the signed progress call to governance and marks the row delivered', async () => {
  answer = 'ok';
  const id = await acceptedReferral();
  const before = received.length;
  expect(await app.server.outbox!.runOnce()).toBe(1);
  expect(received.length).toBe(before + 1);
  const call = received[received.length - 1];
  expect(await verifyGatewayCall(call.headers, call.body, 'governance', testSecrets)).toMatchObject({ role: 'SERVICE', sub: 'procuratorate' });
  const [row] = await outboxOf(app, id);
  expect(JSON.parse(call.body)).toEqual(row.payload);
  expect(row.payload.variables.input).toMatchObject({ eventId: `${id}:ACCEPTED`, state: 'ACCEPTED', partner: 'PROCURATORATE', recordId: id });
  expect(row.attempts).toBe(1);
  expect(row.delivered_at).not.toBeNull();
  expect(await app.server.outbox!.runOnce()).toBe(0);
  expect(received.length).toBe(before + 1);
});

test('when governance answers 503 the row stays pending with one attempt and a later next attempt', async () => {
  answer = 'unavailable';
  const id = await acceptedReferral();
  const [pending] = await outboxOf(app, id);
  const before = received.length;
  expect(await app.server.outbox!.runOnce()).toBe(0);
  expect(received.length).toBe(before + 1);
  const [after] = await outboxOf(app, id);
  expect(after).toMatchObject({ delivered_at: null, attempts: 1, last_error: expect.stringMatching(/503/) });
  expect(Date.parse(toIso(after.next_attempt_at)!)).toBeGreaterThan(Date.parse(toIso(pending.next_attempt_at)!));
});
