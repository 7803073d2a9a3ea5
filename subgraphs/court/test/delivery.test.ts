import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyGatewayCall } from '../../kit/trust';
import { loadConfig } from '../src/config';
import { PROGRESS_QUERY } from '../src/domain/progress';
import { signedPost, testSecrets } from '../../../test/support/signedFetch';
import { startCourt, type RunningCourt } from './harness';
import { courtStaff, intakeIn, outboxRows, receive } from './referralFixtures';

/** A tiny stand-in for governance: records every POST and answers as told. */
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}
let received: Received[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ headers: req.headers, body });
    const reply = answer.body === 'echo' ? { data: { reportPartnerProgress: { eventId: JSON.parse(body).variables.input.eventId, duplicate: false } } } : answer.body;
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply));
  });
});

let court: RunningCourt;
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  court = await startCourt({ peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: `http://127.0.0.1:${port}/graphql` } });
});
afterAll(async () => {
  await court.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  received = [];
});

const ACCEPT = 'mutation($id: ID!) { acceptCourtReferral(id: $id) { id updatedAt } }';

async function acceptedReferral() {
  const ref = await receive(court.url, intakeIn(court.world, '220302'));
  const res = await signedPost(court.url, 'court', ACCEPT, { id: ref.id }, courtStaff('220302'));
  expect(res.body.errors).toBeUndefined();
  return { ...ref, updatedAt: res.body.data!.acceptCourtReferral.updatedAt as string };
}

describe('the outbox worker', () => {
  it('delivers the progress report to governance, signed as the court service, and marks it delivered', async () => {
    answer = { status: 200, body: 'echo' };
    const ref = await acceptedReferral();
    expect(await court.server.outbox!.runOnce()).toBe(1);
    expect(received).toHaveLength(1);
    const call = received[0];
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
    expect(received).toHaveLength(1);
  });

  it('keeps the report pending, with a later next attempt, while governance answers 503', async () => {
    answer = { status: 503, body: { errors: [{ message: 'unavailable' }] } };
    const ref = await acceptedReferral();
    const [before] = await outboxRows(court.server.db, ref.id);
    const started = Date.now();
    expect(await court.server.outbox!.runOnce()).toBe(0);
    expect(received).toHaveLength(1);
    const [row] = await outboxRows(court.server.db, ref.id);
    expect(row).toMatchObject({ attempts: 1, delivered_at: null, failed_at: null });
    expect(row.last_error).toMatch(/503/);
    expect(new Date(row.next_attempt_at as string).getTime()).toBeGreaterThan(Math.max(started, new Date(before.next_attempt_at as string).getTime()));
  });
});
