import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One Apollo Client for the app; GraphQL is served by the same origin. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      possibleTypes: { Node: ['Task', 'Unit', 'Person', 'Document', 'Event', 'Plan', 'Indicator', 'IndicatorValue', 'StatusObservation', 'Citation', 'ReportingRule', 'TaskDependency'], Assigner: ['Document', 'Event'] },
    }),
  });
}
