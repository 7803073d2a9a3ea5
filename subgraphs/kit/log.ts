import pino from 'pino';
import { maskFreeText } from './pii';

/** Structured JSON logs (one line per event); the request id ties a client error to its cause. */
export type Logger = pino.Logger;

/**
 * Errors are logged with their detail (a database error's text can carry the values of the statement), so ID and mobile
 * numbers in a logged error's message and stack are masked: the log keeps what is needed to find the cause, not the
 * citizen's numbers.
 */
export function redactError(err: unknown): pino.SerializedError {
  const s = pino.stdSerializers.err(err as Error);
  if (typeof s.message === 'string') s.message = maskFreeText(s.message) as string;
  if (typeof s.stack === 'string') s.stack = maskFreeText(s.stack) as string;
  return s;
}

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = { name: service, level, base: { service }, serializers: { err: redactError } };
  return destination ? pino(options, destination) : pino(options);
}
