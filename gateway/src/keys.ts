import fs from 'node:fs';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** Asymmetric algorithms a production identity provider may sign client tokens with (explicit; nothing else). */
export const AsymmetricAlgorithms = ['RS256', 'ES256'] as const;
export type AsymmetricAlgorithm = (typeof AsymmetricAlgorithms)[number];

export interface JwtSettings {
  issuer: string;
  audience: string;
  /** Development and test: HS256 with a local secret (`npm run token`). Never set in production. */
  hs256Secret?: string;
  /** Production: a PEM public key (RSA → RS256, EC P-256 → ES256) or a JWKS JSON file. */
  publicKeyFile?: string;
  /** Production: the identity provider's JWKS URL (inside the city's network), fetched and cached by jose. */
  jwksUrl?: string;
  /** Which asymmetric algorithms are accepted (default both). */
  algorithms: AsymmetricAlgorithm[];
}

export type TokenVerifier = (token: string) => Promise<JWTPayload>;

const enc = new TextEncoder();

/** The algorithm a PEM public key can verify: RS256 for RSA, ES256 for EC P-256; anything else is refused. */
function algorithmOfKey(key: KeyObject, file: string): AsymmetricAlgorithm {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error(`HUB_JWT_PUBLIC_KEY_FILE ${file}: only RSA (RS256) and EC P-256 (ES256) public keys are accepted`);
}

function asymmetricKey(settings: JwtSettings): { key: KeyObject | JWTVerifyGetKey; algorithms: AsymmetricAlgorithm[] } | null {
  if (settings.publicKeyFile) {
    const text = fs.readFileSync(settings.publicKeyFile, 'utf8');
    if (text.trimStart().startsWith('{')) {
      return { key: createLocalJWKSet(JSON.parse(text)), algorithms: settings.algorithms };
    }
    const key = createPublicKey(text);
    if (key.type !== 'public') throw new Error(`HUB_JWT_PUBLIC_KEY_FILE ${settings.publicKeyFile}: must hold a public key`);
    const alg = algorithmOfKey(key, settings.publicKeyFile);
    if (!settings.algorithms.includes(alg)) throw new Error(`HUB_JWT_PUBLIC_KEY_FILE ${settings.publicKeyFile}: a ${alg} key, but HUB_JWT_ALGORITHMS allows ${settings.algorithms.join(',')}`);
    return { key, algorithms: [alg] };
  }
  if (settings.jwksUrl) {
    // jose caches the key set, refetches on an unknown `kid` at most every 30 s, and times out after 5 s.
    return { key: createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }), algorithms: settings.algorithms };
  }
  return null;
}

/**
 * A verifier for client tokens. The token's header picks the path, but only among what is configured: HS256 when a
 * development secret is set, the configured asymmetric algorithms when a key file or JWKS URL is set. Issuer,
 * audience, expiry and subject are always checked; `alg: none` and every other algorithm are refused.
 */
export function createTokenVerifier(settings: JwtSettings): TokenVerifier {
  const asym = asymmetricKey(settings);
  const hs = settings.hs256Secret ? enc.encode(settings.hs256Secret) : null;
  if (!asym && !hs) throw new Error('No way to verify client tokens: set HUB_JWT_PUBLIC_KEY_FILE or HUB_JWT_JWKS_URL (or HUB_JWT_SECRET outside production)');
  const options = { issuer: settings.issuer, audience: settings.audience, requiredClaims: ['exp', 'sub'] };
  return async (token) => {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'HS256' && hs) return (await jwtVerify(token, hs, { ...options, algorithms: ['HS256'] })).payload;
    if (asym && typeof alg === 'string' && (asym.algorithms as string[]).includes(alg)) {
      // Both overloads of jwtVerify (a key, or a key getter) take the same options.
      const key = asym.key;
      return (typeof key === 'function' ? await jwtVerify(token, key, { ...options, algorithms: asym.algorithms }) : await jwtVerify(token, key, { ...options, algorithms: asym.algorithms })).payload;
    }
    throw new Error(`algorithm ${String(alg)} is not accepted`);
  };
}
