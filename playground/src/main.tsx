import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './playground.css';
import { withShallowTypeRefs } from './introspection';

/**
 * The hub's GraphiQL playground (development only; served by the gateway at /playground).
 * Everything it needs is in this bundle: it loads nothing from another host.
 */

/** The gateway's graph, on the same origin as the page (the CSP's connect-src 'self'). */
const GRAPHQL_PATH = '/graphql';

const DEFAULT_QUERY = `# The five-centers hub: the graph of the city's governance centers (development playground).
#
# 1. Get a development token in a terminal:
#      npm run token -- --role CENTER_STAFF --jurisdiction 2203
# 2. Open "Headers" below and paste it:
#      { "Authorization": "Bearer <token>" }
# 3. Run the query (Ctrl-Enter or the run button). The "Docs" pane lists every type and field.

{
  categories {
    code
    name
  }
}
`;

const fetcher: GraphiQLProps['fetcher'] = async (params, opts) => {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: {
      ...opts?.headers,
      'content-type': 'application/json',
      // The gateway refuses simple cross-site requests (CSRF prevention); this header marks ours as not simple.
      'apollo-require-preflight': 'true',
    },
    body: JSON.stringify(params.operationName === 'IntrospectionQuery' ? { ...params, query: withShallowTypeRefs(params.query) } : params),
  });
  return response.json();
};

const root = document.getElementById('graphiql');
if (!root) throw new Error('playground: #graphiql is missing from the page');
createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultHeaders={'{\n  \n}'} defaultEditorToolsVisibility="headers" isHeadersEditorEnabled />);
