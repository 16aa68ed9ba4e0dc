import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { EXAMPLE_QUERIES } from '../model/example-queries.js';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

/** GraphiQL, bundled (no CDN): schema explorer, docs from the field descriptions, saved examples as tabs. */
export function Playground() {
  return (
    <div style={{ height: '100vh' }}>
      <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_QUERIES.map(({ query }) => ({ query }))} defaultEditorToolsVisibility>
        <GraphiQL.Logo>
          <a href="/timeline">Lộ trình</a> · GraphQL
        </GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
