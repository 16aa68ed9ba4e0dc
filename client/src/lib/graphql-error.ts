import { CombinedGraphQLErrors } from '@apollo/client';

/** An error with the GraphQL `extensions.code` of the first error the server sent, for the UI to switch on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return new ApiError(first?.message ?? error.message, String(first?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
  }
  return new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
}
