import { isLocalDate } from '@lotrinh/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (isLocalDate(value)) return value;
  throw new GraphQLError(`LocalDate must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Output values come from our own date columns: checking their shape is enough, and cheap for 10,000 rows. */
function serialize(value: unknown): string {
  if (typeof value === 'string' && SHAPE.test(value)) return value;
  throw new GraphQLError(`Cannot serialise ${JSON.stringify(value)} as a LocalDate.`);
}

/** A calendar date with no time and no time zone, `YYYY-MM-DD`; input is checked to be a real date. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date with no time and no time zone, written `YYYY-MM-DD` (e.g. `2013-11-01`).',
  serialize,
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parse(ast.value) : parse(undefined)),
});
