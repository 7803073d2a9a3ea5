import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createGateway, type Gateway } from '../gateway/src/server';
import { loadPersistedConfig, type PersistedConfig } from '../gateway/src/persisted';
import { DEFAULT_MANIFEST_PATH, buildManifest, readManifest, readOperationSources, serializeManifest, sha256Hex, type PersistedManifest } from '../gateway/src/persisted/manifest';
import { apiSchemaOf, invalidOperations } from '../gateway/src/persisted/validate';
import { appealInput } from './support/intake';
import { startHub, type RunningHub } from './support/hub';

/**
 * Persisted operations for the citizen mini-program (issue 4, item 5): the committed manifest is fresh and valid,
 * and the gateway holds anonymous and citizen viewers to it in enforce mode, over real HTTP.
 */
const ROOT = path.join(__dirname, '..');
const committed: PersistedManifest = JSON.parse(fs.readFileSync(DEFAULT_MANIFEST_PATH, 'utf8'));
const op = (name: string) => committed.operations.find((o) => o.name === name)!;
const ARBITRARY = '{ categories { code name } appeals(first: 1) { nodes { id } } }';

describe('the mini-program manifest', () => {
  it('is fresh: generated again from operations/*.graphql it is byte-identical to the committed file', () => {
    expect(serializeManifest(buildManifest(readOperationSources()))).toBe(fs.readFileSync(DEFAULT_MANIFEST_PATH, 'utf8'));
  });

  it('has every operation validate against the API schema of schema/supergraph.graphql', () => {
    expect(invalidOperations(committed, apiSchemaOf())).toEqual([]);
  });

  it("is Apollo's format: named operations, each id the sha256 of its body, the type of its operation", () => {
    expect(committed).toMatchObject({ format: 'apollo-persisted-query-manifest', version: 1 });
    for (const o of committed.operations) {
      expect(o.id).toBe(sha256Hex(o.body));
      expect(o.body.startsWith(`${o.type} ${o.name}`)).toBe(true);
    }
    expect(committed.operations.map((o) => [o.name, o.type])).toEqual([
      ['AppealDetail', 'query'], ['Categories', 'query'], ['CourtVenues', 'query'], ['LegalAidWorkstations', 'query'], ['LegalEducation', 'query'], ['LegalEducationArticle', 'query'],
      ['MediationOrganizations', 'query'], ['MyAppeals', 'query'], ['RateOutcome', 'mutation'], ['SubmitAppeal', 'mutation'],
    ]);
  });

  it('takes the fragments an operation uses into its body, and refuses anonymous or duplicate operations', () => {
    const m = buildManifest([{ file: 'a.graphql', text: 'fragment C on Category { code }\nquery A { categories { ...C } }' }]);
    expect(m.operations[0].body).toBe('query A {\n  categories {\n    ...C\n  }\n}\n\nfragment C on Category {\n  code\n}');
    expect(() => buildManifest([{ file: 'b.graphql', text: '{ categories { code } }' }])).toThrow('b.graphql: every operation must be named');
    expect(() => buildManifest([{ file: 'c.graphql', text: 'query A { categories { code } }' }, { file: 'd.graphql', text: 'query A { categories { name } }' }])).toThrow('operation A is defined twice');
  });

  it('is refused by the gateway when an id is not the sha256 of its body', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persisted-'));
    const file = path.join(dir, 'm.json');
    const forged = { ...committed, operations: [{ ...op('Categories'), body: 'query Categories { appeals { nodes { id } } }' }] };
    fs.writeFileSync(file, JSON.stringify(forged));
    expect(() => readManifest(file)).toThrow('the id of Categories is not the sha256 of its body');
    fs.rmSync(dir, { recursive: true });
  });

  describe('npm run persisted', () => {
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'persisted.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) };
      } catch (err) {
        const e = err as { status: number; stderr: string };
        return { code: e.status, out: e.stderr };
      }
    };
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persisted-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true }));

    it('--check passes on the committed manifest and fails (exit 1) on a stale one', () => {
      expect(run(['--check']).code).toBe(0);
      const stale = path.join(dir, 'stale.json');
      fs.writeFileSync(stale, serializeManifest({ ...committed, operations: committed.operations.slice(1) }));
      const r = run(['--check', '--out', stale]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/stale\.json is stale/);
    }, 60_000);

    it('writes nothing when an operation does not validate against the schema', () => {
      fs.writeFileSync(path.join(dir, 'Bad.graphql'), 'query Bad { appeals { nodes { noSuchField } } }');
      const out = path.join(dir, 'out.json');
      const r = run(['--operations', dir, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/Bad: Cannot query field "noSuchField"/);
      expect(fs.existsSync(out)).toBe(false);
    }, 60_000);
  });
});

describe('persisted operations configuration', () => {
  it('defaults to off in development and test, enforce in production, the committed manifest, ANONYMOUS and CITIZEN', () => {
    expect(loadPersistedConfig({}, 'development').mode).toBe('off');
    expect(loadPersistedConfig({}, 'test').mode).toBe('off');
    expect(loadPersistedConfig({}, 'production')).toEqual({ mode: 'enforce', manifestPath: DEFAULT_MANIFEST_PATH, roles: ['ANONYMOUS', 'CITIZEN'] });
    expect(loadPersistedConfig({ GATEWAY_PERSISTED_OPERATIONS: 'audit', GATEWAY_PERSISTED_ROLES: 'CITIZEN, GRID_WORKER', GATEWAY_PERSISTED_MANIFEST: '/m.json' }, 'production'))
      .toEqual({ mode: 'audit', manifestPath: '/m.json', roles: ['CITIZEN', 'GRID_WORKER'] });
  });

  it('stops with a message naming a bad variable', () => {
    expect(() => loadPersistedConfig({ GATEWAY_PERSISTED_OPERATIONS: 'strict' }, 'test')).toThrow(/GATEWAY_PERSISTED_OPERATIONS/);
    expect(() => loadPersistedConfig({ GATEWAY_PERSISTED_ROLES: 'CITIZEN,JANITOR' }, 'test')).toThrow(/GATEWAY_PERSISTED_ROLES/);
    expect(() => loadPersistedConfig({ GATEWAY_PERSISTED_ROLES: '' }, 'test')).toThrow(/GATEWAY_PERSISTED_ROLES/);
  });
});

describe('the gateway with persisted operations', () => {
  let hub: RunningHub;
  const gateways: Gateway[] = [];
  const urls: Record<PersistedConfig['mode'], string> = { off: '', audit: '', enforce: '' };
  const auditLines: Record<string, unknown>[] = [];
  const tokens: Record<string, string | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    hub = await startHub({ scale: 'small', startWorkers: false });
    for (const mode of ['off', 'audit', 'enforce'] as const) {
      const logger = pino({ level: 'warn' }, { write: (line: string) => void auditLines.push(JSON.parse(line)) });
      const gateway = await createGateway(hub.gatewayConfig, { persisted: { mode, manifestPath: DEFAULT_MANIFEST_PATH, roles: ['ANONYMOUS', 'CITIZEN'] }, logger });
      gateways.push(gateway);
      urls[mode] = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
    }
    tokens.citizen = await hub.token({ sub: 'citizen-persisted', role: 'CITIZEN', jurisdictions: [], scopes: [] });
    tokens.staff = await hub.token({ sub: 'staff-persisted', role: 'CENTER_STAFF', jurisdictions: ['220302'], scopes: [] });
  }, 120_000);
  afterAll(async () => {
    for (const g of gateways) await g.close();
    await hub?.close();
  });

  async function send(mode: PersistedConfig['mode'], body: Record<string, unknown>, token?: string) {
    const res = await fetch(urls[mode], {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: res.status, json, code: json.errors?.[0]?.extensions?.code };
  }
  const byHash = (id: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
  const categories = op('Categories');

  describe.each(['anonymous', 'citizen'])('enforce mode, a %s viewer', (who) => {
    const token = () => tokens[who];

    it('runs a listed operation sent by its hash alone (the manifest body, no APQ registration needed)', async () => {
      const r = await send('enforce', byHash(categories.id), token());
      expect(r.status).toBe(200);
      expect(r.json.errors).toBeUndefined();
      expect(r.json.data.categories.length).toBeGreaterThan(0);
      // The manifest's selection ran: exactly code, name and parent.
      expect(Object.keys(r.json.data.categories[0]).sort()).toEqual(['code', 'name', 'parent']);
    });

    it('runs a listed operation sent by its full text, with or without its hash', async () => {
      for (const body of [{ query: categories.body }, { query: categories.body, ...byHash(categories.id) }]) {
        const r = await send('enforce', body, token());
        expect([r.status, r.json.errors]).toEqual([200, undefined]);
        expect(r.json.data.categories.length).toBeGreaterThan(0);
      }
    });

    it.each([
      ['an arbitrary document', { query: ARBITRARY }],
      ['a listed document with one more space', { query: `${categories.body} ` }],
      ['an unknown hash', byHash(sha256Hex(ARBITRARY))],
      ['an unknown hash with its document', { query: ARBITRARY, ...byHash(sha256Hex(ARBITRARY)) }],
      ['a listed hash of an unsupported APQ version', { extensions: { persistedQuery: { version: 2, sha256Hash: categories.id } } }],
    ])('refuses %s with 403 PERSISTED_QUERY_NOT_IN_LIST', async (_name, body) => {
      const r = await send('enforce', body, token());
      expect([r.status, r.code]).toEqual([403, 'PERSISTED_QUERY_NOT_IN_LIST']);
      expect(r.json.data).toBeUndefined();
    });

    it('refuses a text and a hash that disagree with 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
      const r = await send('enforce', { query: categories.body, ...byHash(op('MyAppeals').id) }, token());
      expect([r.status, r.code]).toEqual([400, 'PERSISTED_QUERY_HASH_MISMATCH']);
    });
  });

  it('enforce mode: a listed query by hash over GET works too', async () => {
    const search = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: categories.id } }) });
    const res = await fetch(`${urls.enforce}?${search}`, { headers: { 'apollo-require-preflight': '1' } });
    const json = (await res.json()) as { data: { categories: unknown[] } };
    expect(res.status).toBe(200);
    expect(json.data.categories.length).toBeGreaterThan(0);
  });

  it('enforce mode: a bad token is still 401 UNAUTHENTICATED, even with a listed hash', async () => {
    const r = await send('enforce', byHash(categories.id), `${tokens.citizen!.slice(0, -4)}AAAA`);
    expect([r.status, r.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('enforce mode: center staff are not held to the list', async () => {
    const r = await send('enforce', { query: ARBITRARY }, tokens.staff);
    expect([r.status, r.json.errors]).toEqual([200, undefined]);
    expect(r.json.data.categories.length).toBeGreaterThan(0);
    expect(r.json.data.appeals.nodes).toHaveLength(1);
  });

  it('enforce mode: a citizen submits an appeal with the listed mutation by hash, and sees it in the listed queries', async () => {
    const input = appealInput({ channel: 'MINI_PROGRAM' });
    const submitted = await send('enforce', byHash(op('SubmitAppeal').id, { input }), tokens.citizen);
    expect([submitted.status, submitted.json.errors]).toEqual([200, undefined]);
    const { outcome, appeal } = submitted.json.data.submitAppeal;
    expect(outcome).toBe('ACCEPTED');
    const row = await hub.subgraphs.governance.db('appeals').where({ id: appeal.id }).first();
    expect(row).toMatchObject({ title: input.title, channel: 'MINI_PROGRAM', citizen_sub: 'citizen-persisted', idempotency_key: input.idempotencyKey });

    const mine = await send('enforce', byHash(op('MyAppeals').id), tokens.citizen);
    expect(mine.json.data.appeals.nodes.map((a: { id: string }) => a.id)).toEqual([appeal.id]);
    const detail = await send('enforce', byHash(op('AppealDetail').id, { id: appeal.id }), tokens.citizen);
    expect(detail.json.errors).toBeUndefined();
    expect(detail.json.data.appeal).toMatchObject({ id: appeal.id, status: 'DISPATCHED', channel: 'MINI_PROGRAM' });
    expect(detail.json.data.appeal.timeline.length).toBeGreaterThan(0);
    expect(detail.json.data.appeal.dispatches.length).toBeGreaterThan(0);
    // Rating runs through the list too; the appeal has no reply yet, so the service (not the list) says no.
    const rated = await send('enforce', byHash(op('RateOutcome').id, { appealId: appeal.id, rating: 'SATISFIED' }), tokens.citizen);
    expect([rated.status, rated.code]).toEqual([200, 'FEEDBACK_NOT_ALLOWED']);
  });

  it.each(['LegalAidWorkstations', 'MediationOrganizations', 'CourtVenues'])('enforce mode: a citizen reads the public directory %s by hash', async (name) => {
    const r = await send('enforce', byHash(op(name).id, { first: 5 }), tokens.citizen);
    expect([r.status, r.json.errors]).toEqual([200, undefined]);
    const [connection] = Object.values(r.json.data) as { nodes: unknown[] }[];
    expect(connection.nodes.length).toBeGreaterThan(0);
  });

  it('audit mode: an arbitrary document runs and a warn line names its hash; a listed hash runs', async () => {
    const r = await send('audit', { query: ARBITRARY }, tokens.citizen);
    expect([r.status, r.json.errors]).toEqual([200, undefined]);
    expect(auditLines).toContainEqual(expect.objectContaining({ level: 40, role: 'CITIZEN', documentHash: sha256Hex(ARBITRARY), msg: expect.stringMatching(/audit/) }));
    const listed = await send('audit', byHash(categories.id));
    expect(listed.status).toBe(200);
    expect(listed.json.data.categories.length).toBeGreaterThan(0);
    expect(auditLines.filter((l) => l.documentHash === categories.id)).toEqual([]);
  });

  it('off mode: arbitrary documents pass; a listed hash still runs; a mismatch is still 400', async () => {
    const r = await send('off', { query: ARBITRARY });
    expect([r.status, r.json.errors]).toEqual([200, undefined]);
    expect(r.json.data.categories.length).toBeGreaterThan(0);
    const listed = await send('off', byHash(categories.id));
    expect(listed.json.data.categories.length).toBeGreaterThan(0);
    const mismatch = await send('off', { query: ARBITRARY, ...byHash(categories.id) }, tokens.staff);
    expect([mismatch.status, mismatch.code]).toEqual([400, 'PERSISTED_QUERY_HASH_MISMATCH']);
  });

  it('the default gateway in test is off: the hub answers an arbitrary anonymous document', async () => {
    const r = await hub.query(ARBITRARY);
    expect([r.status, r.body.errors]).toEqual([200, undefined]);
  });
});
