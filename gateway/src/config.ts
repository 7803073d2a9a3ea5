import path from 'node:path';
import { z } from 'zod';
import { SUBGRAPHS, envPrefix, parseOrExit, readHubEnv, readTrustSecrets, type SubgraphName } from '../../subgraphs/kit/config';
import type { TrustSecrets } from '../../subgraphs/kit/trust';
import { AsymmetricAlgorithms } from './keys';
import { DEFAULT_LIMITS } from './limits';
import { PersistedConfig, loadPersistedConfig } from './persisted/config';

// The gateway must never phone home (nothing leaves the city's network).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

const DEV_JWT_SECRET = 'dev-only-client-jwt-secret-change-me-0123456789';
export const DEV_ISSUER = 'five-centers-hub-dev';
export const DEFAULT_AUDIENCE = 'five-centers-hub';

export const GatewayConfig = z.object({
  env: z.enum(['development', 'test', 'production']),
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  /** The composed supergraph file the gateway serves (reloaded when it changes). */
  supergraphPath: z.string().min(1),
  /** Where each subgraph listens; overrides the URLs in the supergraph. */
  subgraphUrls: z.record(z.string(), z.string().url()),
  /** Client tokens (gateway/src/keys.ts): HS256 in development/test; RS256/ES256 from a key file or a JWKS URL. */
  jwt: z.object({
    /** Development and test: HS256 with a local secret (HUB_JWT_SECRET); refused in production. */
    hs256Secret: z.string().min(32).optional(),
    /** A PEM public key or a JWKS JSON file (HUB_JWT_PUBLIC_KEY_FILE). */
    publicKeyFile: z.string().min(1).optional(),
    /** The identity provider's JWKS URL (HUB_JWT_JWKS_URL). */
    jwksUrl: z.string().url().optional(),
    /** Accepted asymmetric algorithms (HUB_JWT_ALGORITHMS, default RS256,ES256). */
    algorithms: z.array(z.enum(AsymmetricAlgorithms)).min(1),
    issuer: z.string().min(1),
    audience: z.string().min(1),
  }),
  trust: z.object({ signatureSecrets: z.array(z.string().min(32)).min(1), identitySecrets: z.array(z.string().min(32)).min(1) }),
  subgraphTimeoutMs: z.coerce.number().int().min(100).max(120_000),
  bodyLimit: z.coerce.number().int().min(1024),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** GATEWAY_HARDENING=off turns the document limits off (benchmarks only; refused in production). */
  hardening: z.boolean(),
  /** Persisted operations for the mini-program (GATEWAY_PERSISTED_OPERATIONS, _MANIFEST, _ROLES; gateway/src/persisted). */
  persisted: PersistedConfig,
  /** Document limits (GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES, GATEWAY_MAX_DIRECTIVES, GATEWAY_MAX_TOKENS, GATEWAY_MAX_COST). */
  limits: z.object({
    maxTokens: z.coerce.number().int().min(100),
    maxDepth: z.coerce.number().int().min(2),
    maxAliases: z.coerce.number().int().min(0),
    maxDirectives: z.coerce.number().int().min(0),
    maxCost: z.coerce.number().int().min(100),
    defaultListSize: z.coerce.number().int().min(1),
    plainListSize: z.coerce.number().int().min(1),
  }),
});
export type GatewayConfig = z.infer<typeof GatewayConfig> & { trust: TrustSecrets };

/** Typed gateway config from the environment; stops with a message naming every bad variable. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const hubEnv = readHubEnv(env);
  const subgraphUrls: Record<string, string> = {};
  for (const [name, port] of Object.entries(SUBGRAPHS)) {
    subgraphUrls[name] = env[`${envPrefix(name)}_URL`] ?? `http://127.0.0.1:${env[`${envPrefix(name)}_PORT`] ?? port}/graphql`;
  }
  if (hubEnv === 'production') {
    const missing: string[] = [];
    if (!env.HUB_JWT_PUBLIC_KEY_FILE && !env.HUB_JWT_JWKS_URL) missing.push('  HUB_JWT_PUBLIC_KEY_FILE or HUB_JWT_JWKS_URL: required in production (RS256/ES256 client tokens)');
    if (env.HUB_JWT_SECRET) missing.push('  HUB_JWT_SECRET: HS256 development tokens are refused in production');
    if (!env.HUB_JWT_ISSUER) missing.push('  HUB_JWT_ISSUER: required in production');
    if (missing.length) throw new Error(`Invalid gateway configuration:\n${missing.join('\n')}`);
  }
  return parseOrExit(
    GatewayConfig,
    {
      env: hubEnv,
      host: env.GATEWAY_HOST ?? env.HUB_HOST ?? '127.0.0.1',
      port: env.GATEWAY_PORT ?? 4000,
      supergraphPath: env.SUPERGRAPH_PATH ?? path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
      subgraphUrls,
      jwt: {
        hs256Secret: hubEnv === 'production' ? undefined : (env.HUB_JWT_SECRET ?? DEV_JWT_SECRET),
        publicKeyFile: env.HUB_JWT_PUBLIC_KEY_FILE || undefined,
        jwksUrl: env.HUB_JWT_JWKS_URL || undefined,
        algorithms: (env.HUB_JWT_ALGORITHMS ?? AsymmetricAlgorithms.join(',')).split(',').map((a) => a.trim()).filter(Boolean),
        issuer: env.HUB_JWT_ISSUER ?? DEV_ISSUER,
        audience: env.HUB_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
      },
      trust: readTrustSecrets(env, hubEnv),
      subgraphTimeoutMs: env.HUB_SUBGRAPH_TIMEOUT_MS ?? 10_000,
      bodyLimit: env.HUB_BODY_LIMIT ?? 1_000_000,
      logLevel: env.LOG_LEVEL ?? (hubEnv === 'test' ? 'silent' : 'info'),
      hardening: env.GATEWAY_HARDENING !== 'off' || hubEnv === 'production',
      persisted: loadPersistedConfig(env, hubEnv),
      limits: {
        maxTokens: env.GATEWAY_MAX_TOKENS ?? DEFAULT_LIMITS.maxTokens,
        maxDepth: env.GATEWAY_MAX_DEPTH ?? DEFAULT_LIMITS.maxDepth,
        maxAliases: env.GATEWAY_MAX_ALIASES ?? DEFAULT_LIMITS.maxAliases,
        maxDirectives: env.GATEWAY_MAX_DIRECTIVES ?? DEFAULT_LIMITS.maxDirectives,
        maxCost: env.GATEWAY_MAX_COST ?? DEFAULT_LIMITS.maxCost,
        defaultListSize: DEFAULT_LIMITS.defaultListSize,
        plainListSize: DEFAULT_LIMITS.plainListSize,
      },
    },
    'gateway',
  ) as GatewayConfig;
}

export type { SubgraphName };
