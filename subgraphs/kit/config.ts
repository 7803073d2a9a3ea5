import path from 'node:path';
import { z } from 'zod';
import type { TrustSecrets } from './trust';

/** The five subgraphs of the hub, with their default ports. */
export const SUBGRAPHS = {
  governance: 4001,
  court: 4002,
  petition: 4003,
  'legal-services': 4004,
  procuratorate: 4005,
} as const;
export type SubgraphName = keyof typeof SUBGRAPHS;

/** Development-only secrets; production refuses to start without its own. */
const DEV_SIGNATURE_SECRET = 'dev-only-gateway-signature-secret-change-me';
const DEV_IDENTITY_SECRET = 'dev-only-gateway-identity-secret-change-me';

export const HubEnv = z.enum(['development', 'test', 'production']);
export type HubEnv = z.infer<typeof HubEnv>;

const secretList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(32, 'each secret needs at least 32 characters')).min(1).max(2));

export const SubgraphConfig = z.object({
  name: z.enum(Object.keys(SUBGRAPHS) as [SubgraphName, ...SubgraphName[]]),
  env: HubEnv,
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  /** `postgres://…` or a SQLite file path (`:memory:` allowed in tests). */
  databaseUrl: z.string().min(1),
  trust: z.object({ signatureSecrets: z.array(z.string().min(32)).min(1), identitySecrets: z.array(z.string().min(32)).min(1) }),
  /** Largest page a list field returns. */
  maxPageSize: z.coerce.number().int().min(1).max(1000),
  /** Request body limit in bytes. */
  bodyLimit: z.coerce.number().int().min(1024),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Where the other subgraphs listen, for outbox delivery (`<NAME>_URL`, default localhost ports). */
  peerUrls: z.record(z.string(), z.string().url()),
  /** Timeout of one outbox delivery. */
  deliveryTimeoutMs: z.coerce.number().int().min(100).max(120_000),
  /** Cap of the outbox's retry backoff. */
  outboxMaxBackoffMs: z.coerce.number().int().min(100).max(3_600_000),
});
export type SubgraphConfig = z.infer<typeof SubgraphConfig>;

/** `legal-services` -> `LEGAL_SERVICES`: the prefix of a subgraph's own variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

type Env = Record<string, string | undefined>;

/** Read a config with zod, stopping with a message that names every bad variable. */
export function parseOrExit<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid ${what} configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function readHubEnv(env: Env): HubEnv {
  return parseOrExit(HubEnv, env.HUB_ENV ?? (env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development'), 'HUB_ENV');
}

/** Trust secrets from `HUB_SIGNATURE_SECRETS` / `HUB_IDENTITY_SECRETS`; dev defaults only outside production. */
export function readTrustSecrets(env: Env, hubEnv: HubEnv): TrustSecrets {
  const dev = hubEnv !== 'production';
  const sig = env.HUB_SIGNATURE_SECRETS ?? (dev ? DEV_SIGNATURE_SECRET : undefined);
  const idt = env.HUB_IDENTITY_SECRETS ?? (dev ? DEV_IDENTITY_SECRET : undefined);
  const parsed = parseOrExit(z.object({ HUB_SIGNATURE_SECRETS: secretList, HUB_IDENTITY_SECRETS: secretList }), { HUB_SIGNATURE_SECRETS: sig, HUB_IDENTITY_SECRETS: idt }, 'trust');
  return { signatureSecrets: parsed.HUB_SIGNATURE_SECRETS, identitySecrets: parsed.HUB_IDENTITY_SECRETS };
}

export function defaultDataDir(env: Env): string {
  return path.resolve(env.HUB_DATA_DIR ?? path.join(__dirname, '..', '..', 'data'));
}

/** Typed config of one subgraph from the environment: `<NAME>_PORT`, `<NAME>_DATABASE_URL`, shared `HUB_*`. */
export function loadSubgraphConfig(name: SubgraphName, env: Env = process.env): SubgraphConfig {
  const prefix = envPrefix(name);
  const hubEnv = readHubEnv(env);
  return parseOrExit(
    SubgraphConfig,
    {
      name,
      env: hubEnv,
      host: env[`${prefix}_HOST`] ?? env.HUB_HOST ?? '127.0.0.1',
      port: env[`${prefix}_PORT`] ?? SUBGRAPHS[name],
      databaseUrl: env[`${prefix}_DATABASE_URL`] ?? path.join(defaultDataDir(env), `${name}.sqlite`),
      trust: readTrustSecrets(env, hubEnv),
      maxPageSize: env.HUB_MAX_PAGE_SIZE ?? 100,
      bodyLimit: env.HUB_BODY_LIMIT ?? 1_000_000,
      logLevel: env.LOG_LEVEL ?? (hubEnv === 'test' ? 'silent' : 'info'),
      peerUrls: Object.fromEntries(
        Object.entries(SUBGRAPHS).map(([peer, port]) => [peer, env[`${envPrefix(peer)}_URL`] ?? `http://127.0.0.1:${env[`${envPrefix(peer)}_PORT`] ?? port}/graphql`]),
      ),
      deliveryTimeoutMs: env.HUB_DELIVERY_TIMEOUT_MS ?? 10_000,
      outboxMaxBackoffMs: env.HUB_OUTBOX_MAX_BACKOFF_MS ?? (hubEnv === 'test' ? 1_000 : 60_000),
    },
    name,
  );
}
