import pino from 'pino';

/** Structured JSON logs (one line per event); the request id ties a client error to its cause. */
export type Logger = pino.Logger;

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}
