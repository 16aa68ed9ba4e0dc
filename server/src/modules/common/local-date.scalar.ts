import { isLocalDate } from '@lotrinh/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (isLocalDate(value)) return value;
  throw new GraphQLError(`LocalDate must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date with no time and no time zone, `YYYY-MM-DD`. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date with no time and no time zone, written `YYYY-MM-DD` (e.g. `2013-11-01`).',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parse(ast.value) : parse(undefined)),
});
