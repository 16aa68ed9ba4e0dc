import { LIMITS } from '@lotrinh/shared';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Int } from 'type-graphql';

/** Several property decorators as one, so a field's GraphQL type and its validation are stated once. */
export function composed(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

/** A progress percentage, 0–100, checked with the limits the client form uses too. */
export function ProgressField(description: string, { nullable = false } = {}): PropertyDecorator {
  const range = [Min(LIMITS.progressMin), Max(LIMITS.progressMax)];
  return composed(Field(() => Int, { nullable, description }), ...(nullable ? [IsOptional(), ...range] : range));
}

/** Optional text with a maximum length. */
export function TextField(description: string, { nullable, max }: { nullable: true; max: number }): PropertyDecorator {
  return composed(Field(() => String, { nullable, description }), IsOptional(), MaxLength(max));
}
