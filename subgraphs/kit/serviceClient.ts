import { signedHeaders, type TrustSecrets } from './trust';
import type { DeliveryResult, OutboxMessage } from './outbox';
import type { Viewer } from './viewer';

/** Codes with which a receiver refuses a message for good: retrying cannot help (dead letter). */
const PERMANENT = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

export interface ServiceClientOptions {
  /** The calling service's name (the SERVICE identity's subject, e.g. `governance`). */
  serviceName: string;
  /** Where each target subgraph listens. */
  urls: Record<string, string>;
  secrets: TrustSecrets;
  timeoutMs: number;
}

/**
 * Deliver outbox messages to other subgraphs with the hub's service credentials: the same signed identity and
 * gateway signature the gateway sends, with role SERVICE. Network errors, timeouts and 5xx are retried; a
 * GraphQL refusal with a client error code is permanent.
 */
export function createServiceDelivery(opts: ServiceClientOptions): (msg: OutboxMessage) => Promise<DeliveryResult> {
  const viewer: Viewer = { sub: opts.serviceName, role: 'SERVICE', jurisdictions: [], scopes: [] };
  return async (msg) => {
    const url = opts.urls[msg.target];
    if (!url) return { ok: false, permanent: true, error: `no URL configured for ${msg.target}` };
    const body = JSON.stringify({ query: msg.query, variables: msg.variables });
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await signedHeaders(viewer, msg.target, body, opts.secrets)) },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (err) {
      return { ok: false, permanent: false, error: `${msg.target} unreachable: ${(err as Error).message}` };
    }
    let json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } = {};
    try {
      json = (await res.json()) as typeof json;
    } catch {
      /* not JSON */
    }
    if (res.status >= 500 || !json || (res.status !== 200 && !json.errors)) return { ok: false, permanent: false, error: `${msg.target} answered ${res.status}` };
    if (json.errors?.length) {
      const codes = json.errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
      const text = json.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
      return { ok: false, permanent: codes.every((c) => PERMANENT.has(c)), error: text };
    }
    return { ok: true };
  };
}
