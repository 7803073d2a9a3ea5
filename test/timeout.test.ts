import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadGatewayConfig } from '../gateway/src/config';
import { createGateway, type Gateway } from '../gateway/src/server';

/**
 * Every subgraph call has a timeout (security.md: RemoteGraphQLDataSource has none of its own). A subgraph that
 * accepts the connection and never answers: the gateway aborts the call after HUB_SUBGRAPH_TIMEOUT_MS, answers the
 * client with a masked INTERNAL_SERVER_ERROR and a request id, and the log line under that id names the cause.
 * (No timing assertion: if the timeout did not work, the call would hang and the test would fail on jest's limit.)
 */
let hanging: http.Server;
let gateway: Gateway;
let url: string;
const aborted: string[] = [];
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  hanging = http.createServer((req) => {
    // Read the body, never answer; note when the gateway gives up and closes the connection.
    req.resume();
    req.socket.on('close', () => aborted.push(String(req.headers['x-request-id'] ?? '')));
  });
  await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
  const hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`;
  const env: Record<string, string> = { HUB_ENV: 'test', HUB_SUBGRAPH_TIMEOUT_MS: '400' };
  for (const name of ['GOVERNANCE', 'COURT', 'PETITION', 'LEGAL_SERVICES', 'PROCURATORATE']) env[`${name}_URL`] = hangingUrl;
  const config = loadGatewayConfig(env);
  const sink = new Writable({ write(chunk, _enc, done) { logLines.push(JSON.parse(String(chunk))); done(); } });
  gateway = await createGateway(config, { logger: pino({ level: 'info' }, sink) });
  url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
});

afterAll(async () => {
  await gateway.close();
  hanging.closeAllConnections();
  await new Promise((r) => hanging.close(r));
});

test('a hanging subgraph: the call is aborted, the client gets a masked error with a request id, the log has the cause', async () => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ categories { code } }' }) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  expect(res.status).toBe(200);
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  const requestId = error.extensions?.requestId as string;
  expect(requestId).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/governance|timeout|abort|127\.0\.0\.1/i);
  // The gateway closed the subgraph connection itself (the hanging server never answers).
  await new Promise((r) => setTimeout(r, 50));
  expect(aborted).toContain(requestId);
  const line = logLines.find((l) => l.requestId === requestId);
  expect(JSON.stringify(line)).toMatch(/timeout|aborted/i);
});
