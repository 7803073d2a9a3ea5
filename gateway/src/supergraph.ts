import fs from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '../../subgraphs/kit/log';

/**
 * Serve the supergraph from a file and reload it when the file changes, without a restart. A file that fails to
 * load keeps the previous supergraph in service.
 */
export function supergraphFromFile(path: string, logger: Logger): SupergraphSdlHook {
  return async ({ update }) => {
    const read = () => fs.readFileSync(path, 'utf8');
    let current = read();
    const onChange = () => {
      try {
        const next = read();
        if (next === current) return;
        update(next);
        current = next;
        logger.info({ path }, 'supergraph reloaded');
      } catch (err) {
        logger.error({ err, path }, 'supergraph reload failed; keeping the previous one');
      }
    };
    fs.watchFile(path, { interval: 2000 }, onChange);
    return { supergraphSdl: current, cleanup: async () => fs.unwatchFile(path, onChange) };
  };
}
