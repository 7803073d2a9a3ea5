import { signIdentity, signatureHeaders, signedHeaders } from '../subgraphs/kit/trust';
import type { SubgraphName } from '../subgraphs/kit/config';
import { startHub, type RunningHub } from './support/hub';
import { staffOf, testSecrets } from './support/signedFetch';

/**
 * The bad-input table of security.md for DIRECT subgraph calls (someone who reached a subgraph past the gateway, or a
 * gateway that was compromised): exact status and extensions.code, over real HTTP, for all five subgraphs — the four
 * Apollo ones (kit/http.ts) and the mercurius one. Rows outside the viewer's jurisdiction are the isolation matrix's
 * (test/isolation.test.ts).
 */
let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub({ scale: 'small', startWorkers: false });
});
afterAll(async () => hub?.close());

/** A page-capped list of each subgraph. */
const LIST: Record<SubgraphName, string> = {
  governance: 'appeals',
  court: 'courtCases',
  petition: 'petitions',
  'legal-services': 'mediations',
  procuratorate: 'procuratorateMatters',
};
const NAMES = Object.keys(LIST) as SubgraphName[];
const viewer = staffOf('2203');

interface Answer { status: number; code: string | undefined; text: string }

async function send(name: SubgraphName, body: string, opts: { sign?: 'yes' | 'no' | 'forged' | 'tampered'; contentType?: string; method?: string } = {}): Promise<Answer> {
  const { url } = hub.subgraphs[name];
  let headers: Record<string, string> = { 'content-type': opts.contentType ?? 'application/json' };
  const sign = opts.sign ?? 'yes';
  if (sign === 'yes') Object.assign(headers, await signedHeaders(viewer, name, body, testSecrets));
  if (sign === 'tampered') Object.assign(headers, await signedHeaders(viewer, name, `${body} `, testSecrets));
  if (sign === 'forged') {
    const identity = await signIdentity({ sub: 'mallory', role: 'ADMIN', jurisdictions: ['22'], scopes: [] }, name, 'forged-key-forged-key-forged-key!!');
    headers = { ...headers, ...signatureHeaders(name, body, identity, testSecrets.signatureSecrets[0]) };
  }
  const method = opts.method ?? 'POST';
  const res = await fetch(method === 'GET' ? `${url}?query=${encodeURIComponent('{ __typename }')}` : url, { method, headers, body: method === 'GET' ? undefined : body });
  const text = await res.text();
  let code: string | undefined;
  try {
    code = JSON.parse(text).errors?.[0]?.extensions?.code;
  } catch {
    code = undefined;
  }
  return { status: res.status, code, text };
}

const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

describe.each(NAMES)('%s, called directly', (name) => {
  const list = LIST[name];
  test.each([
    ['no signature', () => send(name, json('{ __typename }'), { sign: 'no' }), 403, 'GATEWAY_SIGNATURE_REQUIRED'],
    ['a body changed after signing', () => send(name, json('{ __typename }'), { sign: 'tampered' }), 403, 'GATEWAY_SIGNATURE_INVALID'],
    ['a forged identity', () => send(name, json('{ __typename }'), { sign: 'forged' }), 401, 'UNAUTHENTICATED'],
    ['_service without a signature', () => send(name, json('{ _service { sdl } }'), { sign: 'no' }), 403, 'GATEWAY_SIGNATURE_REQUIRED'],
    ['_entities with a forged identity', () => send(name, json('{ _entities(representations: []) { __typename } }'), { sign: 'forged' }), 401, 'UNAUTHENTICATED'],
    ['GET (signatures cover a body)', () => send(name, '', { method: 'GET' }), 405, 'METHOD_NOT_ALLOWED'],
    ['malformed JSON', () => send(name, '{"query": "{ __typename }"'), 400, 'BAD_REQUEST'],
    ['a batch (JSON array)', () => send(name, JSON.stringify([{ query: '{ __typename }' }])), 400, 'BAD_REQUEST'],
    ['text/plain (CSRF shape)', () => send(name, json('{ __typename }'), { contentType: 'text/plain' }), 400, 'BAD_REQUEST'],
    ['a form POST (CSRF shape)', () => send(name, 'query=%7B__typename%7D', { contentType: 'application/x-www-form-urlencoded' }), 400, 'BAD_REQUEST'],
    ['a body over the limit', () => send(name, json(`{ __typename } # ${'x'.repeat(1_100_000)}`)), 413, 'PAYLOAD_TOO_LARGE'],
    ['introspection outside development', () => send(name, json('{ __schema { types { name } } }')), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a field that does not exist (no "Did you mean")', () => send(name, json(`{ ${list}x { id } }`)), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['bad variables', () => send(name, json(`query($n: Int!) { ${list}(first: $n) { pageInfo { hasNextPage } } }`, { n: 'many' })), 400, 'BAD_USER_INPUT'],
  ])('%s → %s %s', async (_row, call, status, code) => {
    const r = await call();
    expect([r.status, r.code]).toEqual([status, code]);
    expect(r.text).not.toMatch(/Did you mean|stack|SELECT |sqlite|postgres/i);
  });

  test('a page above the cap → BAD_USER_INPUT naming `first`', async () => {
    const r = await send(name, json(`{ ${list}(first: 101) { pageInfo { hasNextPage } } }`));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  test('_service and _entities answer a correctly signed call (the gateway needs them)', async () => {
    const r = await send(name, json('{ _service { sdl } }'));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).data._service.sdl).toContain('type Query');
  });
});
