import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair, type CryptoKey } from 'jose';
import { viewerFromAuthorization } from '../gateway/src/auth';
import { loadGatewayConfig, type GatewayConfig } from '../gateway/src/config';
import { createGateway, type Gateway } from '../gateway/src/server';

/**
 * Production client tokens (issue 4, item 1): RS256/ES256 from a key file or a JWKS URL, issuer and audience checked,
 * algorithms explicit, beside the development HS256 secret. Keys are generated per run; the JWKS is served by a real
 * HTTP server on localhost.
 */
const ISSUER = 'https://idp.siping.gov.example/realms/hub';
const AUDIENCE = 'five-centers-hub';

interface Pair { publicKey: CryptoKey; privateKey: CryptoKey }
let rsa: Pair;
let ec: Pair;
let otherRsa: Pair;
let dir: string;
let jwks: http.Server;
let jwksUrl: string;
let jwksHits = 0;

const claims = { role: 'CENTER_STAFF', jur: ['220302'], ctr: 'C-220302', scp: [] as string[] };

function sign(key: CryptoKey | Uint8Array, alg: string, opts: { iss?: string; aud?: string; exp?: string | number; kid?: string; sub?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, typ: 'JWT', ...(opts.kid ? { kid: opts.kid } : {}) })
    .setSubject(opts.sub ?? 'staff-1')
    .setIssuer(opts.iss ?? ISSUER)
    .setAudience(opts.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '10m')
    .sign(key);
}

function unsignedToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
}

function productionConfig(extra: Record<string, string>): GatewayConfig {
  return loadGatewayConfig({ HUB_ENV: 'production', HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE, HUB_SIGNATURE_SECRETS: 's'.repeat(40), HUB_IDENTITY_SECRETS: 'i'.repeat(40), ...extra });
}

async function code(header: string, config: GatewayConfig): Promise<string> {
  try {
    await viewerFromAuthorization(header, config);
    return 'OK';
  } catch (e) {
    return String((e as { extensions?: { code?: string } }).extensions?.code);
  }
}

beforeAll(async () => {
  rsa = await generateKeyPair('RS256');
  ec = await generateKeyPair('ES256');
  otherRsa = await generateKeyPair('RS256');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-keys-'));
  fs.writeFileSync(path.join(dir, 'rsa.pem'), await exportSPKI(rsa.publicKey));
  fs.writeFileSync(path.join(dir, 'ec.pem'), await exportSPKI(ec.publicKey));
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  fs.writeFileSync(path.join(dir, 'jwks.json'), JSON.stringify({ keys }));
  jwks = http.createServer((_req, res) => {
    jwksHits++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/realms/hub/protocol/openid-connect/certs`;
});

afterAll(async () => {
  await new Promise((r) => jwks.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('production configuration', () => {
  test('needs a key file or a JWKS URL, and an issuer; refuses the HS256 development secret', () => {
    expect(() => productionConfig({})).toThrow(/HUB_JWT_PUBLIC_KEY_FILE or HUB_JWT_JWKS_URL/);
    expect(() => productionConfig({ HUB_JWT_JWKS_URL: 'http://idp/certs', HUB_JWT_SECRET: 'x'.repeat(40) })).toThrow(/HS256 development tokens are refused/);
    expect(() => loadGatewayConfig({ HUB_ENV: 'production', HUB_JWT_JWKS_URL: 'http://idp/certs', HUB_SIGNATURE_SECRETS: 's'.repeat(40), HUB_IDENTITY_SECRETS: 'i'.repeat(40) })).toThrow(/HUB_JWT_ISSUER/);
    const ok = productionConfig({ HUB_JWT_JWKS_URL: 'http://idp/certs' });
    expect(ok.jwt.hs256Secret).toBeUndefined();
    expect(ok.jwt.algorithms).toEqual(['RS256', 'ES256']);
  });
  test('a key of an algorithm that is not allowed stops the start', async () => {
    const config = productionConfig({ HUB_JWT_PUBLIC_KEY_FILE: path.join(dir, 'ec.pem'), HUB_JWT_ALGORITHMS: 'RS256' });
    await expect(createGateway(config)).rejects.toThrow(/a ES256 key, but HUB_JWT_ALGORITHMS allows RS256/);
    expect(() => productionConfig({ HUB_JWT_JWKS_URL: 'http://idp/certs', HUB_JWT_ALGORITHMS: 'HS256' })).toThrow(/jwt.algorithms/);
  });
});

describe.each([
  ['RS256 PEM key file', () => productionConfig({ HUB_JWT_PUBLIC_KEY_FILE: path.join(dir, 'rsa.pem') }), () => rsa, 'RS256', undefined],
  ['ES256 PEM key file', () => productionConfig({ HUB_JWT_PUBLIC_KEY_FILE: path.join(dir, 'ec.pem') }), () => ec, 'ES256', undefined],
  ['JWKS file, RS256 key', () => productionConfig({ HUB_JWT_PUBLIC_KEY_FILE: path.join(dir, 'jwks.json') }), () => rsa, 'RS256', 'rsa-1'],
  ['JWKS URL, ES256 key', () => productionConfig({ HUB_JWT_JWKS_URL: jwksUrl }), () => ec, 'ES256', 'ec-1'],
  ['JWKS URL, RS256 key', () => productionConfig({ HUB_JWT_JWKS_URL: jwksUrl }), () => rsa, 'RS256', 'rsa-1'],
] as const)('%s', (_name, makeConfig, pair, alg, kid) => {
  let config: GatewayConfig;
  beforeAll(() => {
    config = makeConfig();
  });
  test('a good token is the viewer it names', async () => {
    const v = await viewerFromAuthorization(`Bearer ${await sign(pair().privateKey, alg, { kid })}`, config);
    expect(v).toMatchObject({ sub: 'staff-1', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C-220302' });
  });
  test.each([
    ['wrong issuer', () => sign(pair().privateKey, alg, { kid, iss: 'https://evil.example' })],
    ['wrong audience', () => sign(pair().privateKey, alg, { kid, aud: 'another-app' })],
    ['expired', () => sign(pair().privateKey, alg, { kid, exp: Math.floor(Date.now() / 1000) - 120 })],
    ['signed by another key', () => sign(otherRsa.privateKey, 'RS256', { kid: alg === 'RS256' ? kid : 'rsa-1' })],
    ['alg none', async () => unsignedToken()],
    ['HS256 (no development secret in production)', () => sign(new TextEncoder().encode('dev-only-client-jwt-secret-change-me-0123456789'), 'HS256')],
    ['HS256 signed with the public key as secret (alg confusion)', async () => sign(new TextEncoder().encode(await exportSPKI(pair().publicKey)), 'HS256')],
    ['PS256 (not an accepted algorithm)', async () => sign((await generateKeyPair('PS256')).privateKey, 'PS256', { kid })],
    ['not a JWT', async () => 'abc.def.ghi'],
  ])('%s → UNAUTHENTICATED', async (_case, make) => {
    expect(await code(`Bearer ${await make()}`, config)).toBe('UNAUTHENTICATED');
  });
});

test('the JWKS is fetched once and cached, not per request', async () => {
  const config = productionConfig({ HUB_JWT_JWKS_URL: jwksUrl });
  const before = jwksHits;
  for (let i = 0; i < 5; i++) expect(await code(`Bearer ${await sign(ec.privateKey, 'ES256', { kid: 'ec-1' })}`, config)).toBe('OK');
  expect(jwksHits - before).toBe(1);
});

test('development keeps HS256 and can add production keys beside it', async () => {
  const config = loadGatewayConfig({ HUB_ENV: 'test', HUB_JWT_PUBLIC_KEY_FILE: path.join(dir, 'rsa.pem'), HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE });
  expect(await code(`Bearer ${await sign(new TextEncoder().encode(config.jwt.hs256Secret!), 'HS256')}`, config)).toBe('OK');
  expect(await code(`Bearer ${await sign(rsa.privateKey, 'RS256')}`, config)).toBe('OK');
  expect(await code(`Bearer ${await sign(ec.privateKey, 'ES256')}`, config)).toBe('UNAUTHENTICATED');
});

describe('over HTTP: the gateway in production mode with a JWKS URL', () => {
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    gateway = await createGateway(productionConfig({ HUB_JWT_JWKS_URL: jwksUrl, LOG_LEVEL: 'silent' }));
    url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(() => gateway.close());
  const post = async (authorization?: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ query: '{ __typename }' }) });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  };
  test('a good ES256 token answers 200; no token is the anonymous viewer, held in production to the persisted operations', async () => {
    expect(await post(`Bearer ${await sign(ec.privateKey, 'ES256', { kid: 'ec-1' })}`)).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const anonymous = await post();
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
  test.each([
    ['expired', () => sign(ec.privateKey, 'ES256', { kid: 'ec-1', exp: Math.floor(Date.now() / 1000) - 120 })],
    ['wrong audience', () => sign(ec.privateKey, 'ES256', { kid: 'ec-1', aud: 'x' })],
    ['alg none', async () => unsignedToken()],
    ['HS256 with the development secret', () => sign(new TextEncoder().encode('dev-only-client-jwt-secret-change-me-0123456789'), 'HS256')],
  ])('%s → 401 UNAUTHENTICATED', async (_c, make) => {
    const r = await post(`Bearer ${await make()}`);
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
