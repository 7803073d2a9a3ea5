import { runSubgraph } from '../../kit/main';
import { loadConfig, loadOverdueIntervalMs } from './config';
import { createServer } from './server';
import { startOverdueJob } from './services/overdue';

// Overdue detection runs beside the server: safe with several governance processes (each breach is claimed by one
// conditional UPDATE).
runSubgraph({
  loadConfig: () => loadConfig(),
  createServer,
  jobs: (server, logger) => [startOverdueJob(server.db, logger, loadOverdueIntervalMs())],
});
