import { parseArgs } from 'node:util';
import { issueDevToken, ClientRoles } from '../gateway/src/auth';
import { loadGatewayConfig } from '../gateway/src/config';
import { Agencies } from '../subgraphs/kit/viewer';

/**
 * Print a development token for the gateway:
 *   npm run token -- --role CENTER_STAFF --jurisdiction 220302
 * Options: --role, --jurisdiction (repeatable prefix), --sub, --department, --center, --agency, --scope (repeatable), --ttl.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'CENTER_STAFF' },
      jurisdiction: { type: 'string', multiple: true, default: [] },
      sub: { type: 'string' },
      department: { type: 'string' },
      center: { type: 'string' },
      agency: { type: 'string' },
      scope: { type: 'string', multiple: true, default: [] },
      ttl: { type: 'string', default: '12h' },
    },
  });
  const config = loadGatewayConfig();
  if (config.env === 'production') throw new Error('Development tokens are not issued in production');
  const role = values.role as (typeof ClientRoles)[number];
  if (!ClientRoles.includes(role)) throw new Error(`--role must be one of ${ClientRoles.join(', ')}`);
  for (const j of values.jurisdiction ?? []) if (!/^\d{2,12}$/.test(j)) throw new Error(`--jurisdiction ${j}: a region-code prefix of 2 to 12 digits`);
  if (values.agency && !Agencies.includes(values.agency as never)) throw new Error(`--agency must be one of ${Agencies.join(', ')}`);
  void issueDevToken(
    {
      sub: values.sub ?? `dev-${role.toLowerCase()}`,
      role,
      jurisdictions: values.jurisdiction ?? [],
      departmentId: values.department,
      centerId: values.center,
      agency: values.agency as never,
      scopes: values.scope ?? [],
    },
    config,
    values.ttl,
  ).then((t) => console.log(t));
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
