import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, validate, type GraphQLSchema } from 'graphql';
import type { AppContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { costLimitRule, depthLimitRule } from '../graphql/limits.js';

/** Refuses an operation whose estimated cost is above the limit, before anything runs. */
const costLimitPlugin: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, schema, request }) {
        const [error] = validate(schema, document, [costLimitRule(request.variables ?? {})]);
        if (error) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status: 400 } } });
      },
    };
  },
};

export function createApolloServer(schema: GraphQLSchema, production: boolean): ApolloServer<AppContext> {
  return new ApolloServer<AppContext>({
    schema,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    validationRules: [depthLimitRule],
    // No HTTP caching of GraphQL responses: disabling it also spares a per-field hook on every response.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), costLimitPlugin],
    formatError: (formatted, error) => formatError(formatted, error, production),
  });
}
