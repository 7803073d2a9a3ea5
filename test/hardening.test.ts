import { SignJWT } from 'jose';
import { startHub, type RunningHub } from './support/hub';

/**
 * The gateway's answers to hostile input (security.md, "What the gateway must do with bad input"): exact status and
 * extensions.code for every row, over real HTTP.
 */
let hub: RunningHub;
let staff: string;

beforeAll(async () => {
  hub = await startHub({ scale: 'small', startWorkers: false });
  staff = await hub.token({ sub: 'sec-1', role: 'CENTER_STAFF', jurisdictions: ['220302'], scopes: [] });
});
afterAll(async () => hub?.close());

async function raw(body: string | undefined, init: { method?: string; headers?: Record<string, string>; path?: string } = {}) {
  const res = await fetch(`${hub.gatewayUrl}${init.path ?? ''}`, {
    method: init.method ?? 'POST',
    headers: Object.fromEntries(Object.entries({ 'content-type': 'application/json', authorization: `Bearer ${staff}`, ...(init.headers ?? {}) }).filter(([, v]) => v !== '')),
    body,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text };
}
const post = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => raw(JSON.stringify({ query, variables, operationName }));
const code = (r: { json: any }) => r.json?.errors?.[0]?.extensions?.code;

describe('gateway: bad documents', () => {
  const nest = (n: number) => `{ appeals(first: 1) { nodes { ${'region { parent { '.repeat(n)} code ${'} } '.repeat(n)} } } }`;
  it.each([
    ['too deep', () => post(nest(8)), 400, 'QUERY_TOO_DEEP'],
    ['too many aliases', () => post(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: categories { code }`).join(' ')} }`), 400, 'TOO_MANY_ALIASES'],
    ['too many directives', () => post(`{ categories { ${Array.from({ length: 31 }, () => 'code @include(if: true)').join(' ')} } }`), 400, 'TOO_MANY_DIRECTIVES'],
    ['too many tokens', () => post(`{ categories { ${'code '.repeat(2100)} } }`), 400, 'TOO_MANY_TOKENS'],
    ['too costly (lists multiply by their page size)', () => post(`{ a: appeals(first: 100) { nodes { ...Deep } } b: appeals(first: 100) { nodes { ...Deep } } } fragment Deep on Appeal { dispatches { appeal { dispatches { appeal { timeline { kind note } } } } } }`), 400, 'QUERY_TOO_COSTLY'],
    ['an unknown operation name', () => post('query A { categories { code } }', {}, 'B'), 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['an ambiguous operation', () => post('query A { categories { code } } query B { categories { name } }'), 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['_service through the gateway', () => post('{ _service { sdl } }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['_entities through the gateway', () => post('{ _entities(representations: []) { __typename } }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['introspection outside development', () => post('{ __schema { types { name } } }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['bad variables', () => post('query($n: Int!) { appeals(first: $n) { nodes { id } } }', { n: 'many' }), 400, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_name, send, status, expected) => {
    const r = await send();
    expect([r.status, code(r)]).toEqual([status, expected]);
  });

  it('refuses a page above the cap with BAD_USER_INPUT naming the field', async () => {
    const r = await post('{ appeals(first: 101) { nodes { id } } }');
    expect(r.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  // Without maxRecursiveSelections this document keeps the planner busy for many seconds and exceeds jest's limit;
  // how fast the refusal is is measured by the benchmark, not asserted here.
  it('rejects chained fragments (recursive selections) instead of planning them', async () => {
    const frags = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Region { code parent { ...F${i + 1} } children { ...F${i + 1} } }`).join(' ') + ' fragment F12 on Region { code }';
    const r = await post(`{ region(code: "220302000000") { ...F0 } } ${frags}`);
    expect(r.status).toBe(400);
  });

  it('gives no "Did you mean" suggestions outside development', async () => {
    const r = await post('{ appealz { id } }');
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/Did you mean/);
  });
});

describe('gateway: bad HTTP', () => {
  it.each([
    ['a JSON array (batch)', () => raw(JSON.stringify([{ query: '{ categories { code } }' }])), 400],
    ['an empty body', () => raw(''), 400],
    ['malformed JSON', () => raw('{"query": '), 400],
    ['a wrong charset', () => raw(JSON.stringify({ query: '{ categories { code } }' }), { headers: { 'content-type': 'application/json; charset=latin1' } }), 415],
    ['a body over the limit', () => raw(JSON.stringify({ query: `{ categories { code } } # ${'x'.repeat(1_100_000)}` })), 413],
    ['a huge string literal', () => raw(JSON.stringify({ query: `{ appeal(id: "${'x'.repeat(1_100_000)}") { id } }` })), 413],
    ['text/plain (CSRF)', () => raw(JSON.stringify({ query: '{ categories { code } }' }), { headers: { 'content-type': 'text/plain' } }), 400],
    ['a form POST (CSRF)', () => raw('query=%7B+categories+%7B+code+%7D+%7D', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400],
    ['a GET without a preflight header (CSRF)', () => raw(undefined, { method: 'GET', path: `?query=${encodeURIComponent('{ categories { code } }')}`, headers: { 'content-type': '' } }), 400],
    ['a mutation over GET', () => raw(undefined, { method: 'GET', path: `?query=${encodeURIComponent('mutation { closeAppeal(id: "x") { id } }')}`, headers: { 'apollo-require-preflight': '1' } }), 405],
  ])('answers %s with the right status and a JSON error body', async (_name, send, status) => {
    const r = await send();
    expect(r.status).toBe(status);
    expect(Array.isArray(r.json?.errors)).toBe(true);
  });
});

describe('gateway: tokens and identity', () => {
  const secret = () => new TextEncoder().encode(hub.gatewayConfig.jwt.hs256Secret!);
  const sign = (claims: Record<string, unknown>, opts: { aud?: string; exp?: string | number } = {}) =>
    new SignJWT({ role: 'CENTER_STAFF', jur: ['2203'], ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
      .setIssuer(hub.gatewayConfig.jwt.issuer).setAudience(opts.aud ?? hub.gatewayConfig.jwt.audience).setIssuedAt().setExpirationTime(opts.exp ?? '1h').sign(secret());
  it.each([
    ['expired', () => sign({}, { exp: Math.floor(Date.now() / 1000) - 60 })],
    ['for another audience', () => sign({}, { aud: 'someone-else' })],
    ['signed with another key', async () => new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(hub.gatewayConfig.jwt.issuer).setAudience(hub.gatewayConfig.jwt.audience).setExpirationTime('1h').sign(new TextEncoder().encode('k'.repeat(40)))],
    ['alg:none', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', role: 'ADMIN', exp: 9e9 })).toString('base64url')}.`],
    ['claiming the SERVICE role', () => sign({ role: 'SERVICE' })],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_name, make) => {
    const r = await raw(JSON.stringify({ query: '{ categories { code } }' }), { headers: { authorization: `Bearer ${await make()}` } });
    expect([r.status, code(r)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('ignores identity headers a client sends: the gateway signs its own', async () => {
    const foreign = hub.world.appeals.find((a) => a.regionCode.startsWith('220323'))!;
    const admin = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setIssuer('five-centers-gateway').setAudience('governance').setExpirationTime('1m').sign(new TextEncoder().encode(hub.gatewayConfig.trust.identitySecrets[0]));
    const r = await raw(JSON.stringify({ query: 'query($id: ID!) { appeal(id: $id) { id } }', variables: { id: foreign.id } }), { headers: { 'x-hub-identity': admin, 'x-hub-signature': 'v1=00', 'x-hub-timestamp': String(Date.now()) } });
    expect(r.status).toBe(200);
    expect(r.json.data.appeal).toBeNull();
  });
});

describe('gateway: unexpected errors', () => {
  it('masks them to INTERNAL_SERVER_ERROR with a request id, and shows no SQL, stack or service name', async () => {
    await hub.subgraphs.governance.db.schema.renameTable('categories', 'categories_gone');
    try {
      const r = await post('{ categories { code } }');
      expect(r.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.json.errors[0].extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.text).not.toMatch(/select|from "|sqlite|governance|stack|serviceName|categories_gone|no such table/i);
    } finally {
      await hub.subgraphs.governance.db.schema.renameTable('categories_gone', 'categories');
    }
  });
});
