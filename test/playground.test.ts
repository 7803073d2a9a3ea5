import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createGateway, type Gateway } from '../gateway/src/server';
import { getIntrospectionQuery } from 'graphql';
import { buildPlayground } from '../playground/build';
import { withShallowTypeRefs } from '../playground/src/introspection';
import { startHub, type RunningHub } from './support/hub';

/**
 * The GraphiQL playground: bundled offline from npm packages, served by a development gateway at /playground, absent
 * elsewhere; and, in a real browser (Debian's chromium), a query typed into it returns the hub's data.
 */
const CHROMIUM = process.env.HUB_CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The only http(s) URLs the bundled JavaScript may contain. None is ever requested: XML namespace names, and text or
 * links the libraries carry (graphql-js's built-in descriptions, React's and graphql-js's error texts, markdown-it's
 * link normalisation, GraphiQL's logo and key-map links). Anything else (a CDN, a font host) fails the test.
 */
const INERT_URLS_IN_JS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/1998/Math/MathML',
  'https://reactjs.org/docs/error-decoder.html',
  'https://yarnpkg.com/en/docs/selective-version-resolutions',
  'https://en.wikipedia.org/wiki/IEEE_floating_point',
  'https://commonmark.org/',
  'https://github.com/graphql/graphiql',
  'https://codemirror.net/5/doc/manual.html',
  'http://',
]);

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with the path exactly as given (fetch would normalise `..` away before sending). */
function rawRequest(origin: string, rawPath: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs in the page: the text of the CodeMirror 5 editor under `selector` (its wrapper element carries the instance). */
function codeMirrorValue(selector: string): string | null {
  const page = globalThis as unknown as { document: { querySelector(s: string): { CodeMirror?: { getValue(): string } } | null } };
  return page.document.querySelector(selector)?.CodeMirror?.getValue() ?? null;
}

let hub: RunningHub;
let dist: string;
let emptyDist: string;
let devGateway: Gateway;
let unbuiltGateway: Gateway;
let origin: string;
let unbuiltOrigin: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'hub-playground-'));
  emptyDist = mkdtempSync(path.join(os.tmpdir(), 'hub-playground-empty-'));
  await buildPlayground(dist);
  hub = await startHub({ scale: 'small' });
  const devConfig = { ...hub.gatewayConfig, env: 'development' as const };
  devGateway = await createGateway(devConfig, { playgroundDir: dist });
  origin = `http://127.0.0.1:${await devGateway.listen(0, '127.0.0.1')}`;
  unbuiltGateway = await createGateway(devConfig, { playgroundDir: emptyDist });
  unbuiltOrigin = `http://127.0.0.1:${await unbuiltGateway.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await devGateway?.close();
  await unbuiltGateway?.close();
  await hub?.close();
  for (const dir of [dist, emptyDist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the playground over HTTP (development gateway)', () => {
  it('serves index.html at /playground and /playground/ with a strict CSP', async () => {
    for (const p of ['/playground', '/playground/', '/playground?x=1']) {
      const res = await rawRequest(origin, p);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
      expect(res.body).toContain('<div id="graphiql">');
      expect(res.body).toContain('<script defer src="/playground/playground.js"></script>');
    }
  });

  it('serves the assets the page names, each with its content type and the same headers', async () => {
    const html = (await rawRequest(origin, '/playground')).body;
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((u) => u !== 'data:,');
    expect(refs.sort()).toEqual(['/playground/playground.css', '/playground/playground.js']);
    const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
    for (const ref of refs) {
      const res = await rawRequest(origin, ref);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(types[path.extname(ref)]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.body.length).toBeGreaterThan(10_000);
    }
    const head = await rawRequest(origin, '/playground/playground.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('references nothing on another host: the page and the CSS only same-origin paths and data: URLs', () => {
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    const css = readFileSync(path.join(dist, 'playground.css'), 'utf8');
    expect(css).not.toMatch(/https?:|@import/i);
    const cssUrls = [...css.matchAll(/url\(\s*["']?([^"')]*)/g)].map((m) => m[1]);
    expect(cssUrls.length).toBeGreaterThan(0);
    for (const u of cssUrls) expect(u).toMatch(/^data:/);
  });

  it('carries no http(s) URL in the JavaScript beyond the known inert ones (namespaces, library texts)', () => {
    const js = readFileSync(path.join(dist, 'playground.js'), 'utf8');
    const urls = new Set([...js.matchAll(/https?:\/\/[^\s"'`)<>\\$#?]*/g)].map((m) => m[0]));
    expect([...urls].filter((u) => !INERT_URLS_IN_JS.has(u))).toEqual([]);
    // No CDN or font host by name either (e.g. a protocol-relative URL).
    expect(js).not.toMatch(/\/\/(unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|esm\.sh)/);
  });

  it("introspects within the gateway's depth limit (the standard introspection query is refused as too deep)", async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
    const post = (q: string) =>
      fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: JSON.stringify({ query: q, operationName: 'IntrospectionQuery' }) });
    const standard = await post(query);
    expect(standard.status).toBe(400);
    expect(((await standard.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    const shallow = await post(withShallowTypeRefs(query));
    expect(shallow.status).toBe(200);
    const body = (await shallow.json()) as { data?: { __schema: { types: { name: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    // Every type of the graph fits the shallower type references (buildClientSchema would throw otherwise).
    const { buildClientSchema } = await import('graphql');
    const schema = buildClientSchema(body.data as never);
    expect(schema.getQueryType()?.getFields().categories).toBeDefined();
  });

  it('answers 404 to anything that is not a file of the bundle, traversal included', async () => {
    const paths = [
      '/playground/../package.json',
      '/playground/../../package.json',
      '/playground/..%2fpackage.json',
      '/playground/%2e%2e/package.json',
      '/playground/%2e%2e%2fpackage.json',
      '/playground/..%5cpackage.json',
      '/playground/..\\package.json',
      '/playground//etc/passwd',
      '/playground/%2fetc%2fpasswd',
      '/playground/nope.js',
      '/playground/index.html/',
      '/playground/.gitignore',
    ];
    for (const p of paths) {
      const res = await rawRequest(origin, p);
      expect({ path: p, status: res.status }).toEqual({ path: p, status: 404 });
      expect(res.body).not.toContain('five-centers-hub');
      expect(res.body).not.toContain('root:');
    }
  });

  it('reads with GET and HEAD only', async () => {
    const res = await rawRequest(origin, '/playground', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('answers 503 naming the build command when the bundle is missing', async () => {
    for (const p of ['/playground', '/playground/playground.js']) {
      const res = await rawRequest(unbuiltOrigin, p);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body).toContain('npm run build:playground');
    }
  });

  it('does not exist on a test-mode gateway (404), nor does the graph change on a development one', async () => {
    const testOrigin = new URL(hub.gatewayUrl).origin;
    for (const p of ['/playground', '/playground/', '/playground/playground.js', '/playground/index.html']) {
      expect((await rawRequest(testOrigin, p)).status).toBe(404);
    }
    expect((await rawRequest(origin, '/health')).status).toBe(200);
    expect((await rawRequest(origin, '/graphql/../playground')).status).toBe(404);
  });
});

describe('the playground in a browser (headless chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y --no-install-recommends chromium), as .ci/run does, or set HUB_CHROMIUM_PATH`);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs a typed query with a pasted token and shows the hub data in the result pane', async () => {
    expect(browser).toBeDefined();
    const token = await hub.token({ sub: 'playground-dev', role: 'CENTER_STAFF', jurisdictions: ['2203'], scopes: [] });
    const query = '{ categories { code name } }';
    const expected = await hub.query<{ categories: { code: string; name: string }[] }>(query, {}, token);
    expect(expected.body.errors).toBeUndefined();
    expect(expected.body.data!.categories.length).toBeGreaterThan(3);

    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', async (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${r.url()} ${r.request().postData()?.slice(0, 80) ?? ''} -> ${(await r.text().catch(() => '')).slice(0, 300)}`);
    });
    try {
      await page.goto(`${origin}/playground`);
      // The query editor, with the default comment telling the developer how to authenticate.
      const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
      await queryEditor.waitFor({ state: 'visible', timeout: 30_000 });
      const editorValue = async (selector: string) => (await page.evaluate(codeMirrorValue, selector)) ?? '';
      const defaultQuery = await editorValue('.graphiql-query-editor .CodeMirror');
      expect(defaultQuery).toContain('npm run token');
      expect(defaultQuery).toContain('"Authorization": "Bearer <token>"');

      // Paste the token into the headers editor.
      await page.getByRole('button', { name: 'Headers' }).click();
      const headersEditor = page.locator('.graphiql-editor-tool .CodeMirror:visible');
      await headersEditor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));

      // Type the query and run it.
      await queryEditor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(query);
      expect(await editorValue('.graphiql-query-editor .CodeMirror')).toBe(query);
      await page.locator('.graphiql-execute-button').click();

      const response = page.locator('.graphiql-response .CodeMirror');
      for (const until = Date.now() + 30_000; !(await editorValue('.graphiql-response .CodeMirror')).includes('"categories"'); ) {
        if (Date.now() > until) throw new Error(`no result shown: ${await editorValue('.graphiql-response .CodeMirror')}`);
        await page.waitForTimeout(100);
      }
      const shown = JSON.parse(await editorValue('.graphiql-response .CodeMirror')) as { data?: unknown; errors?: unknown };
      expect(shown).toEqual({ data: expected.body.data });
      await expect(response.innerText()).resolves.toContain(expected.body.data!.categories[0].name);

      // The schema came through introspection: the documentation explorer lists the root types.
      await page.getByRole('button', { name: /Documentation Explorer/ }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.getByText('Root Types').waitFor({ timeout: 30_000 });
      await docs.getByText('Query', { exact: true }).first().waitFor();
      // A dialog opens and closes (its focus and scroll locks run under the CSP too).
      await page.getByRole('button', { name: 'Open settings dialog' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // Everything came from the gateway itself, and the CSP refused nothing.
      const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
      expect(foreign).toEqual([]);
      expect(requests).toContain(`${origin}/graphql`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
