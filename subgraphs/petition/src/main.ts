import { runSubgraph } from '../../kit/main';
import { loadConfig } from './config';
import { createServer } from './server';

runSubgraph({ loadConfig: () => loadConfig(), createServer });
