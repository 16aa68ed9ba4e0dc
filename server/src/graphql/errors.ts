import type { ErrorCode } from '@lotrinh/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

/** A domain error with its code; thrown by services, turned into a GraphQL error once, in `formatError`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist.`, { id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

/** Codes graphql-js and Apollo already set on their own errors, which pass through unchanged. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_COMPLEX']);

/**
 * The one place errors become what clients see: a domain error keeps its code and message,
 * argument validation becomes BAD_USER_INPUT listing each problem, anything else is an internal
 * error whose stack trace never leaves the server in production.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors.flatMap((e) =>
      Object.values(e.constraints ?? {}).concat((e.children ?? []).flatMap((c) => Object.values(c.constraints ?? {}))),
    );
    return { ...formatted, message: `Invalid input: ${problems.join('; ')}.`, extensions: { code: 'BAD_USER_INPUT', problems } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return production ? { ...formatted, extensions: { code } } : formatted;
  }
  if (original instanceof GraphQLError && !original.originalError && formatted.extensions?.['code'] === undefined) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (!production) console.error(original);
  return {
    message: production ? 'Internal server error.' : formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: production ? { code: 'INTERNAL_SERVER_ERROR' } : { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' },
  };
}
