import { Collection, Entity, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import type { IndicatorValueKind } from '@lotrinh/shared';
import { Field, Float, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { IndicatorValueKindEnum } from '../common/enums.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { Sourced } from '../common/node.js';
import type { Indicator } from './indicator.entity.js';

@ObjectType({ implements: Sourced, description: 'One value of an indicator on a date: measured (actual) or aimed at (target).' })
@Entity()
export class IndicatorValue extends Sourced {
  @ManyToOne('Indicator', { ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @Field(() => LocalDateScalar, { description: 'The day the value was measured, or the day a target is due.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => LocalDateScalar, { description: 'The day the value became known (the date of its source): it is not shown `asOf` an earlier day.' })
  @Property({ type: 'date' })
  knownOn!: string;

  @Field(() => Float, { description: 'The value, in the indicator’s unit of measure.' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Numerator, where the source gives one (e.g. 36 of 89).' })
  @Property({ type: 'double', nullable: true })
  numerator: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Denominator, where the source gives one.' })
  @Property({ type: 'double', nullable: true })
  denominator: number | null = null;

  @Field(() => IndicatorValueKindEnum, { description: 'Actual (measured) or target.' })
  @Property({ type: 'string' })
  kind!: IndicatorValueKind;

  @OneToMany(() => Citation, (citation) => citation.indicatorValue)
  citations = new Collection<Citation>(this);
}
