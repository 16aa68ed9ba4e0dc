import { ERROR_CODES, type ErrorCode } from '@lotrinh/shared';
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

/**
 * The one place errors become what clients see: a domain error keeps its code and message,
 * argument validation becomes BAD_USER_INPUT listing each problem, a GraphQL error keeps its code
 * (ours over Apollo's generic one, e.g. QUERY_TOO_COMPLEX rather than GRAPHQL_VALIDATION_FAILED),
 * and anything else is an internal error. Stack traces never leave the server in production.
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
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  const ownCode = original instanceof GraphQLError ? original.extensions['code'] : undefined;
  const code = typeof ownCode === 'string' && (ERROR_CODES as readonly string[]).includes(ownCode) ? ownCode : extensions['code'];
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, extensions: { ...extensions, code, ...(production ? {} : { stacktrace }) } };
  }
  if (!production) console.error(original);
  return {
    message: production ? 'Internal server error.' : formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: production ? { code: 'INTERNAL_SERVER_ERROR' } : { ...extensions, code: 'INTERNAL_SERVER_ERROR', stacktrace },
  };
}
