import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import type { EventKind } from '@lotrinh/shared';
import { Field, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { EventKindEnum } from '../common/enums.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { Sourced } from '../common/node.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';

@ObjectType({ implements: Sourced, description: 'A meeting, inspection, conference or review that assigned tasks or observed their status.' })
@Entity()
export class Event extends Sourced {
  @Field(() => String, { description: 'Stable short key, e.g. `meeting-2013-10-29`.' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => LocalDateScalar, { description: 'The day it took place.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => EventKindEnum, { description: 'Kind of event.' })
  @Property({ type: 'string' })
  kind!: EventKind;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Title in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  chair: Ref<Person> | null = null;

  @ManyToMany(() => Unit, undefined, { pivotTable: 'event_participants', joinColumn: 'event_id', inverseJoinColumn: 'unit_id' })
  participants = new Collection<Unit>(this);

  @Field(() => [String], { description: 'Places where it was held (several for an online conference).' })
  @Property({ type: 'json' })
  places: string[] = [];

  @Field(() => String, { nullable: true, description: 'What it concluded, in the words of the source or a close summary.' })
  @Property({ type: 'text', nullable: true })
  conclusion: string | null = null;

  @OneToMany(() => Citation, (citation) => citation.event)
  citations = new Collection<Citation>(this);
}
