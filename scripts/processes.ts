import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPHS, envPrefix } from '../subgraphs/kit/config';

/** The hub as separate processes (five subgraphs + gateway), as `npm start` and the benchmarks run it. */
const ROOT = path.join(__dirname, '..');

export interface HubProcesses {
  gatewayUrl: string;
  children: ChildProcess[];
  stop(): Promise<void>;
}

export async function waitHealthy(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not become healthy`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Ports: the gateway on `basePort`, the subgraphs on basePort+1..5 (unless the environment sets them). */
export function portEnv(env: Record<string, string | undefined>, basePort: number): Record<string, string> {
  const out: Record<string, string> = { GATEWAY_PORT: env.GATEWAY_PORT ?? String(basePort) };
  Object.keys(SUBGRAPHS).forEach((name, i) => {
    const key = `${envPrefix(name)}_PORT`;
    out[key] = env[key] ?? String(basePort + i + 1);
  });
  return out;
}

export async function startProcesses(env: Record<string, string | undefined>, onExit?: (name: string, code: number | null) => void): Promise<HubProcesses> {
  const children: ChildProcess[] = [];
  let stopping = false;
  const run = (name: string, file: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, file)], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, APOLLO_TELEMETRY_DISABLED: '1' } as NodeJS.ProcessEnv });
    child.on('exit', (code) => !stopping && onExit?.(name, code));
    children.push(child);
  };
  const stop = async () => {
    stopping = true;
    const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
    const exited = alive.map((c) => new Promise<void>((r) => c.once('exit', () => r())));
    alive.forEach((c) => c.kill('SIGTERM'));
    const force = setTimeout(() => alive.forEach((c) => c.kill('SIGKILL')), 5000);
    await Promise.all(exited);
    clearTimeout(force);
  };
  try {
    for (const name of Object.keys(SUBGRAPHS)) run(name, `subgraphs/${name}/src/main.ts`);
    await Promise.all(Object.entries(SUBGRAPHS).map(([name, port]) => waitHealthy(`http://127.0.0.1:${env[`${envPrefix(name)}_PORT`] ?? port}/health`)));
    run('gateway', 'gateway/src/main.ts');
    const gatewayPort = env.GATEWAY_PORT ?? '4000';
    await waitHealthy(`http://127.0.0.1:${gatewayPort}/health`);
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, children, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
