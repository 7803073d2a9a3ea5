import { SignJWT } from 'jose';
import { z } from 'zod';
import { unauthenticated } from '../../subgraphs/kit/errors';
import { ANONYMOUS, Agencies, type Viewer } from '../../subgraphs/kit/viewer';
import type { GatewayConfig } from './config';
import { createTokenVerifier, type TokenVerifier } from './keys';

/** Roles a client token may carry (SERVICE is the hub's own identity, never a client's). */
export const ClientRoles = ['CITIZEN', 'GRID_WORKER', 'CENTER_STAFF', 'DEPARTMENT_STAFF', 'AGENCY_STAFF', 'ADMIN', 'AUDITOR'] as const;

const Claims = z.object({
  sub: z.string().min(1).max(128),
  role: z.enum(ClientRoles),
  jur: z.array(z.string().regex(/^\d{2,12}$/)).max(20).default([]),
  ctr: z.string().max(64).optional(),
  dep: z.string().max(64).optional(),
  agy: z.enum(Agencies).optional(),
  scp: z.array(z.string().max(64)).max(20).default([]),
});

const enc = new TextEncoder();

/** One verifier per configuration (a JWKS key set is fetched once and cached, not per request). */
const verifiers = new WeakMap<GatewayConfig['jwt'], TokenVerifier>();
export function prepareTokenVerifier(config: GatewayConfig): TokenVerifier {
  let v = verifiers.get(config.jwt);
  if (!v) verifiers.set(config.jwt, (v = createTokenVerifier(config.jwt)));
  return v;
}

/**
 * The viewer of a request from its `Authorization` header: no header is the anonymous viewer; a bad, expired,
 * wrong-audience or `alg:none` token is 401 UNAUTHENTICATED.
 */
export async function viewerFromAuthorization(header: string | undefined, config: GatewayConfig): Promise<Viewer> {
  if (!header) return ANONYMOUS;
  const m = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header.trim());
  if (!m) throw unauthenticated('Authorization must be a Bearer token');
  let payload: unknown;
  try {
    payload = await prepareTokenVerifier(config)(m[1]);
  } catch {
    throw unauthenticated('Invalid or expired token');
  }
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw unauthenticated('Token claims are invalid');
  const c = claims.data;
  return { sub: c.sub, role: c.role, jurisdictions: c.jur, centerId: c.ctr, departmentId: c.dep, agency: c.agy, scopes: c.scp };
}

/** Issue a development token (the `npm run token` command and tests). */
export async function issueDevToken(viewer: Omit<Viewer, 'role'> & { role: (typeof ClientRoles)[number] }, config: GatewayConfig, ttl = '12h'): Promise<string> {
  if (!config.jwt.hs256Secret) throw new Error('Development tokens need HUB_JWT_SECRET (not available in production; tokens come from the identity provider)');
  return new SignJWT({ role: viewer.role, jur: viewer.jurisdictions, ctr: viewer.centerId, dep: viewer.departmentId, agy: viewer.agency, scp: viewer.scopes })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.sub)
    .setIssuer(config.jwt.issuer)
    .setAudience(config.jwt.audience)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(enc.encode(config.jwt.hs256Secret));
}
