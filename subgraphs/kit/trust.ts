import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { forbidden, unauthenticated, ErrorCode } from './errors';
import { Agencies, Roles, type Viewer } from './viewer';

/**
 * The trust chain between the gateway and the subgraphs.
 *
 * Every call from the gateway (or from a governance service worker) to a subgraph carries:
 *  - `x-hub-identity`: a short-lived HS256 JWT with the viewer, audience = the subgraph's name;
 *  - `x-hub-timestamp` and `x-hub-signature`: an HMAC-SHA256 over timestamp, subgraph name, body hash
 *    and identity token, proving the call came from the gateway and was not altered.
 * Unsigned or badly signed calls are refused with 403, forged or expired identities with 401.
 * Two secrets may be configured for each during a rotation: the first signs, all verify.
 */
export const IDENTITY_HEADER = 'x-hub-identity';
export const SIGNATURE_HEADER = 'x-hub-signature';
export const TIMESTAMP_HEADER = 'x-hub-timestamp';
export const IDENTITY_ISSUER = 'five-centers-gateway';
const IDENTITY_TTL_SECONDS = 60;
const MAX_SKEW_MS = 60_000;

export interface TrustSecrets {
  /** Shared with the gateway; the first signs, every one verifies (rotation). */
  signatureSecrets: string[];
  /** Keys of the identity token; the first signs, every one verifies (rotation). */
  identitySecrets: string[];
}

const enc = new TextEncoder();

function sha256(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

function signaturePayload(timestamp: string, audience: string, body: string, identity: string): string {
  return `${timestamp}\n${audience}\n${sha256(body)}\n${identity}`;
}

/** Sign the viewer into a short-lived identity token for one subgraph. */
export async function signIdentity(viewer: Viewer, audience: string, secret: string): Promise<string> {
  return new SignJWT({
    role: viewer.role,
    jur: viewer.jurisdictions,
    ctr: viewer.centerId,
    dep: viewer.departmentId,
    agy: viewer.agency,
    scp: viewer.scopes,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.sub)
    .setIssuer(IDENTITY_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${IDENTITY_TTL_SECONDS}s`)
    .sign(enc.encode(secret));
}

/** The headers that prove a call comes from the gateway. `body` is the exact request body sent. */
export function signatureHeaders(audience: string, body: string, identity: string, secret: string, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  const mac = hmac(secret, signaturePayload(timestamp, audience, body, identity)).toString('hex');
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `v1=${mac}`, [IDENTITY_HEADER]: identity };
}

/** Everything a caller needs to send: identity token plus signature headers. */
export async function signedHeaders(viewer: Viewer, audience: string, body: string, secrets: TrustSecrets): Promise<Record<string, string>> {
  const identity = await signIdentity(viewer, audience, secrets.identitySecrets[0]);
  return signatureHeaders(audience, body, identity, secrets.signatureSecrets[0]);
}

type HeaderValue = string | string[] | undefined;
function header(headers: Record<string, HeaderValue> | { get(name: string): string | null | undefined }, name: string): string | undefined {
  const v = typeof (headers as { get?: unknown }).get === 'function'
    ? (headers as { get(name: string): string | null | undefined }).get(name)
    : (headers as Record<string, HeaderValue>)[name];
  if (Array.isArray(v)) return v[0];
  return v ?? undefined;
}

/** Constant-time check of the gateway's HMAC against every accepted secret. */
function signatureMatches(given: string, payload: string, secrets: string[]): boolean {
  if (!given.startsWith('v1=')) return false;
  const givenBuf = Buffer.from(given.slice(3), 'hex');
  let ok = false;
  for (const secret of secrets) {
    const expected = hmac(secret, payload);
    if (givenBuf.length === expected.length && timingSafeEqual(givenBuf, expected)) ok = true;
  }
  return ok;
}

function toViewer(payload: Record<string, unknown>): Viewer {
  const role = payload.role;
  if (typeof payload.sub !== 'string' || !Roles.includes(role as Viewer['role'])) throw unauthenticated('Identity token has no valid subject or role');
  const jur = Array.isArray(payload.jur) ? payload.jur.filter((j): j is string => typeof j === 'string' && /^\d{2,12}$/.test(j)) : [];
  const agency = Agencies.includes(payload.agy as Viewer['agency'] & string) ? (payload.agy as Viewer['agency']) : undefined;
  return {
    sub: payload.sub,
    role: role as Viewer['role'],
    jurisdictions: jur,
    centerId: typeof payload.ctr === 'string' ? payload.ctr : undefined,
    departmentId: typeof payload.dep === 'string' ? payload.dep : undefined,
    agency,
    scopes: Array.isArray(payload.scp) ? payload.scp.filter((s): s is string => typeof s === 'string') : [],
  };
}

/**
 * Verify a call into a subgraph. Throws 403 (`GATEWAY_SIGNATURE_REQUIRED` / `GATEWAY_SIGNATURE_INVALID`)
 * when the gateway's proof is missing or wrong, 401 (`UNAUTHENTICATED`) when the identity is forged or expired.
 */
export async function verifyGatewayCall(
  headers: Record<string, HeaderValue> | { get(name: string): string | null | undefined },
  body: string,
  audience: string,
  secrets: TrustSecrets,
  now = Date.now(),
): Promise<Viewer> {
  const timestamp = header(headers, TIMESTAMP_HEADER);
  const signature = header(headers, SIGNATURE_HEADER);
  const identity = header(headers, IDENTITY_HEADER) ?? '';
  if (!timestamp || !signature) throw forbidden('Calls to this subgraph must come through the gateway', ErrorCode.GATEWAY_SIGNATURE_REQUIRED);
  const ts = Number(timestamp);
  if (!Number.isFinite(ts) || Math.abs(now - ts) > MAX_SKEW_MS) throw forbidden('Gateway signature expired', ErrorCode.GATEWAY_SIGNATURE_INVALID);
  if (!signatureMatches(signature, signaturePayload(timestamp, audience, body, identity), secrets.signatureSecrets)) {
    throw forbidden('Gateway signature invalid', ErrorCode.GATEWAY_SIGNATURE_INVALID);
  }
  if (!identity) throw unauthenticated('Identity token missing');
  for (const secret of secrets.identitySecrets) {
    try {
      const { payload } = await jwtVerify(identity, enc.encode(secret), {
        issuer: IDENTITY_ISSUER,
        audience,
        algorithms: ['HS256'],
        currentDate: new Date(now),
      });
      return toViewer(payload as Record<string, unknown>);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') continue;
      if ((err as { extensions?: unknown }).extensions) throw err;
      throw unauthenticated('Identity token invalid or expired');
    }
  }
  throw unauthenticated('Identity token invalid');
}
