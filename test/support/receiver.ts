import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the receiver got, as sent (the body unparsed, so a signature over it can be checked). */
export interface ReceivedCall {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * How the receiver answers: `echo` acknowledges a partner-progress report as governance does (the event id sent,
 * not a duplicate); `unavailable` answers 503.
 */
export type Answer = 'echo' | 'unavailable';

export interface Receiver {
  /** The GraphQL endpoint to configure as the governance peer. */
  readonly url: string;
  /** Every call so far, oldest first. */
  readonly received: ReceivedCall[];
  /** How the next calls are answered (`echo` at the start). */
  answer: Answer;
  /** Forget the calls so far. */
  clear(): void;
  close(): Promise<void>;
}

/**
 * A tiny stand-in for governance in a partner's delivery tests, on a free port of 127.0.0.1: records every POST and
 * answers as told.
 */
export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedCall[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body });
      if (receiver.answer === 'unavailable') {
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'unavailable' }] }));
        return;
      }
      const eventId = JSON.parse(body).variables.input.eventId;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { reportPartnerProgress: { eventId, duplicate: false } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiver: Receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received,
    answer: 'echo',
    clear: () => {
      received.length = 0;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
  return receiver;
}
