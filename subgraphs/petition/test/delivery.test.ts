import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyGatewayCall } from '../../kit/trust';
import { testSecrets } from '../../../test/support/signedFetch';
import { loadConfig } from '../src/config';
import { PROGRESS_QUERY } from '../src/domain/progress';
import { startPetition, type PetitionHarness } from './harness';
import { intakeIn, outboxRows, petitionStaff, receive } from './referralFixtures';

/** A tiny stand-in for governance: records every POST and answers as told. */
let received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: 'echo' };
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

let h: PetitionHarness;
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  h = await startPetition({ peerUrls: { ...loadConfig({ HUB_ENV: 'test' }).peerUrls, governance: `http://127.0.0.1:${port}/graphql` } });
});
afterAll(async () => {
  await h.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  received = [];
});

async function divertedPetition() {
  const p = await receive(h.url, intakeIn(h.world, '220323', { litigation: 'ADMINISTRATIVE' }));
  const res = await h.post('mutation($id: ID!) { divertPetition(id: $id, legalRoute: "告知依法申请行政复议") { updatedAt } }', { id: p.id }, petitionStaff('220323'));
  expect(res.body.errors).toBeUndefined();
  return { id: p.id as string, dispatchId: p.dispatchId as string, updatedAt: res.body.data!.divertPetition.updatedAt as string };
}

describe('the outbox worker', () => {
  it('delivers the progress report to governance, signed as the petition service, and marks it delivered', async () => {
    answer = { status: 200, body: 'echo' };
    const p = await divertedPetition();
    expect(await h.server.outbox!.runOnce()).toBe(1);
    expect(received).toHaveLength(1);
    const viewer = await verifyGatewayCall(received[0].headers as Record<string, string>, received[0].body, 'governance', testSecrets);
    expect(viewer).toMatchObject({ role: 'SERVICE', sub: 'petition' });
    expect(JSON.parse(received[0].body)).toEqual({
      query: PROGRESS_QUERY,
      variables: { input: { eventId: `${p.id}:DIVERTED`, dispatchId: p.dispatchId, partner: 'PETITION', state: 'REJECTED', at: p.updatedAt, note: '告知依法申请行政复议', recordId: p.id } },
    });
    const [row] = await outboxRows(h.server.db, p.id);
    expect(row).toMatchObject({ attempts: 1, failed_at: null, last_error: null });
    expect(row.delivered_at).not.toBeNull();
    expect(await h.server.outbox!.runOnce()).toBe(0);
    expect(received).toHaveLength(1);
  });

  it('keeps the report pending, with a later next attempt, while governance answers 503', async () => {
    answer = { status: 503, body: { errors: [{ message: 'unavailable' }] } };
    const p = await divertedPetition();
    const [before] = await outboxRows(h.server.db, p.id);
    const started = Date.now();
    expect(await h.server.outbox!.runOnce()).toBe(0);
    expect(received).toHaveLength(1);
    const [row] = await outboxRows(h.server.db, p.id);
    expect(row).toMatchObject({ attempts: 1, delivered_at: null, failed_at: null });
    expect(row.last_error).toMatch(/503/);
    expect(new Date(row.next_attempt_at as string).getTime()).toBeGreaterThan(Math.max(started, new Date(before.next_attempt_at as string).getTime()));
  });
});
