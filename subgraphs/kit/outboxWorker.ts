import type { Knex } from 'knex';
import type { SubgraphConfig } from './config';
import type { Logger } from './log';
import { OutboxWorker } from './outbox';
import { createServiceDelivery } from './serviceClient';

/**
 * The outbox worker of one subgraph: delivers its outbox rows to the other subgraphs, signed as the hub's service
 * under the subgraph's name, with the configured timeout and backoff. Built, not started (main.ts or a test starts it).
 */
export function createOutboxWorker(db: Knex, config: SubgraphConfig, logger: Logger): OutboxWorker {
  return new OutboxWorker({
    db,
    logger,
    maxBackoffMs: config.outboxMaxBackoffMs,
    baseBackoffMs: Math.min(500, config.outboxMaxBackoffMs),
    pollMs: config.env === 'test' ? 50 : 200,
    deliver: createServiceDelivery({ serviceName: config.name, urls: config.peerUrls, secrets: config.trust, timeoutMs: config.deliveryTimeoutMs }),
  });
}
