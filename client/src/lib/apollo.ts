import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One Apollo Client for the app; GraphQL is served by the same origin. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Timeline rows of different days share task ids: keep each row inside the result that holds it.
        TimelineRow: { keyFields: false },
        // A task seen as of a past day is another object than the task today.
        Task: { keyFields: (task) => (task['viewAsOf'] ? `Task:${String(task['id'])}@${String(task['viewAsOf'])}` : `Task:${String(task['id'])}`) },
      },
      possibleTypes: { Node: ['Task', 'Unit', 'Person', 'Document', 'Event', 'Plan', 'Indicator', 'IndicatorValue', 'StatusObservation', 'Citation', 'ReportingRule', 'TaskDependency'], Assigner: ['Document', 'Event'] },
    }),
  });
}
