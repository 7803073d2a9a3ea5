import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { GatewayConfig } from './config';

/**
 * The GraphiQL playground (playground/, bundled by `npm run build:playground`), served at /playground in development
 * only: in test and production the route does not exist (404), as introspection is off there.
 */
export const PLAYGROUND_DIR = path.join(__dirname, '..', '..', 'playground', 'dist');
const PREFIX = '/playground';

/** Same-origin only. GraphiQL ships its fonts and icons as data: URLs, and its dialogs inject a <style> (scroll lock): 'unsafe-inline' for styles only, never for scripts. */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A file name directly in the bundle folder: no separators, no dot files, nothing to decode. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, head = false): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': PLAYGROUND_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  res.end(head ? undefined : body);
}

/** The file a request path names, or null (not a playground file). The raw path is used: `..` is never normalised away. */
function fileOf(rawPath: string): string | null {
  if (rawPath === PREFIX || rawPath === `${PREFIX}/`) return 'index.html';
  const name = rawPath.slice(PREFIX.length + 1);
  if (!ASSET_NAME.test(name) || name.includes('..') || !(path.extname(name) in CONTENT_TYPES)) return null;
  return name;
}

/** The gateway's extra route for the playground; undefined outside development. */
export function playgroundRoutes(config: Pick<GatewayConfig, 'env'>, dir = PLAYGROUND_DIR): ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined {
  if (config.env !== 'development') return undefined;
  return (req, res) => {
    const rawPath = (req.url ?? '/').split('?')[0];
    if (rawPath !== PREFIX && !rawPath.startsWith(`${PREFIX}/`)) return false;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'The playground is read with GET.\n');
      return true;
    }
    if (!safeIsFile(path.join(dir, 'index.html'))) {
      send(res, 503, 'text/plain; charset=utf-8', 'The playground is not built. Run `npm run build:playground` (npm start builds it when missing), then reload.\n', head);
      return true;
    }
    const name = fileOf(rawPath);
    const file = name && path.join(dir, name);
    if (!file || !safeIsFile(file)) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found\n', head);
      return true;
    }
    send(res, 200, CONTENT_TYPES[path.extname(file)], readFileSync(file), head);
    return true;
  };
}

function safeIsFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
