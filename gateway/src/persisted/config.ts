import { z } from 'zod';
import { Roles } from '../../../subgraphs/kit/viewer';
import { DEFAULT_MANIFEST_PATH } from './manifest';

export const PersistedModes = ['off', 'audit', 'enforce'] as const;
export type PersistedMode = (typeof PersistedModes)[number];

export const PersistedConfig = z.object({
  /** GATEWAY_PERSISTED_OPERATIONS: off | audit | enforce (default off in development and test, enforce in production). */
  mode: z.enum(PersistedModes),
  /** GATEWAY_PERSISTED_MANIFEST: the manifest file (default the committed clients/mini-program/persisted-operations.json). */
  manifestPath: z.string().min(1),
  /** GATEWAY_PERSISTED_ROLES: comma-separated viewer roles held to the list (default ANONYMOUS,CITIZEN). */
  roles: z.array(z.enum(Roles)).min(1),
});
export type PersistedConfig = z.infer<typeof PersistedConfig>;

/** Typed persisted-operations settings from the environment; stops with a message naming the bad variable. */
export function loadPersistedConfig(env: Record<string, string | undefined>, hubEnv: 'development' | 'test' | 'production'): PersistedConfig {
  const roles = (env.GATEWAY_PERSISTED_ROLES ?? 'ANONYMOUS,CITIZEN').split(',').map((r) => r.trim()).filter(Boolean);
  const input = {
    mode: env.GATEWAY_PERSISTED_OPERATIONS ?? (hubEnv === 'production' ? 'enforce' : 'off'),
    manifestPath: env.GATEWAY_PERSISTED_MANIFEST ?? DEFAULT_MANIFEST_PATH,
    roles,
  };
  const result = PersistedConfig.safeParse(input);
  if (!result.success) {
    const names: Record<string, string> = { mode: 'GATEWAY_PERSISTED_OPERATIONS', manifestPath: 'GATEWAY_PERSISTED_MANIFEST', roles: 'GATEWAY_PERSISTED_ROLES' };
    const lines = result.error.issues.map((i) => `  ${names[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid gateway configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
