import { signedHeaders, type TrustSecrets } from '../../subgraphs/kit/trust';
import type { Viewer } from '../../subgraphs/kit/viewer';
import { readTrustSecrets } from '../../subgraphs/kit/config';

/** The development trust secrets, as every test server is configured with them. */
export const testSecrets: TrustSecrets = readTrustSecrets({}, 'test');

export const staffOf = (jurisdiction: string, extra: Partial<Viewer> = {}): Viewer => ({
  sub: `staff-${jurisdiction}`,
  role: 'CENTER_STAFF',
  jurisdictions: [jurisdiction],
  scopes: [],
  ...extra,
});

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

/** POST a GraphQL request to a subgraph as the gateway would: signed identity and signature headers. */
export async function signedPost<T = Record<string, any>>(
  url: string,
  audience: string,
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer = staffOf('2203'),
  secrets: TrustSecrets = testSecrets,
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const headers = await signedHeaders(viewer, audience, body, secrets);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<T>['body'] };
}
