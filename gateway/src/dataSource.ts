import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { REQUEST_ID_HEADER } from '../../subgraphs/kit/http';
import { IDENTITY_HEADER, signIdentity, signatureHeaders, type TrustSecrets } from '../../subgraphs/kit/trust';
import { ANONYMOUS, type Viewer } from '../../subgraphs/kit/viewer';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
}

/** Counters the gateway keeps per subgraph (requests sent), for operations and the batching test. */
export type SubgraphMetrics = Record<string, number>;

/**
 * Sends each subgraph call with the gateway's own short-lived signed identity of the viewer, and an HMAC over
 * the exact body proving the call came from the gateway. Client headers are never forwarded. Every call has a
 * timeout.
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(name: string, url: string, secrets: TrustSecrets, timeoutMs: number, metrics: SubgraphMetrics) {
    const fetcher: Fetcher = async (input, init) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      const headers = { ...(init?.headers as Record<string, string>) };
      const identity = headers[IDENTITY_HEADER] ?? '';
      Object.assign(headers, signatureHeaders(name, body, identity, secrets.signatureSecrets[0]));
      metrics[name] = (metrics[name] ?? 0) + 1;
      return fetch(input, { ...(init as RequestInit), headers, signal: AbortSignal.timeout(timeoutMs) }) as never;
    };
    super({ url, fetcher });
    this.name = name;
    this.secrets = secrets;
  }

  private readonly name: string;
  private readonly secrets: TrustSecrets;

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const viewer = (context as Partial<GatewayContext>).viewer ?? ANONYMOUS;
    request.http?.headers.set(IDENTITY_HEADER, await signIdentity(viewer, this.name, this.secrets.identitySecrets[0]));
    const requestId = (context as Partial<GatewayContext>).requestId;
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }
}
