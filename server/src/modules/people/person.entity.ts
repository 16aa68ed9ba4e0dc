import { Collection, Entity, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { Sourced } from '../common/node.js';
import { Unit } from '../units/unit.entity.js';

@ObjectType({ implements: Sourced, description: 'A person named (or only titled) in the sources.' })
@Entity()
export class Person extends Sourced {
  @Field(() => String, { description: 'Stable short key of the person in the dataset.' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Full name; null when the source gives only the title ("Thứ trưởng …").' })
  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Field(() => String, { description: 'Title as the source gives it, in Vietnamese (e.g. Thứ trưởng).' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { description: 'Title in English.' })
  @Property({ type: 'string' })
  titleEn!: string;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit: Ref<Unit> | null = null;

  @OneToMany(() => Citation, (citation) => citation.person)
  citations = new Collection<Citation>(this);
}
