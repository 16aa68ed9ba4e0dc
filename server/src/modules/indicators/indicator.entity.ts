import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { Sourced } from '../common/node.js';
import { IndicatorValue } from './indicator-value.entity.js';

@ObjectType({ implements: Sourced, description: 'A measured quantity of the Ministry’s IT work, with values over time.' })
@Entity()
export class Indicator extends Sourced {
  @Field(() => String, { description: 'Stable code, e.g. `online-services-level-3-4`.' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { description: 'Unit of measure, e.g. `%` or `dịch vụ`.' })
  @Property({ type: 'string' })
  unitOfMeasure!: string;

  @OneToMany(() => IndicatorValue, (value) => value.indicator)
  values = new Collection<IndicatorValue>(this);

  @OneToMany(() => Citation, (citation) => citation.indicator)
  citations = new Collection<Citation>(this);
}
