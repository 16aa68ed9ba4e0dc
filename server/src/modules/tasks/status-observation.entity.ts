import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import type { ObservedStatus } from '@lotrinh/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { ObservedStatusEnum } from '../common/enums.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { Sourced } from '../common/node.js';
import { Document } from '../documents/document.entity.js';
import { Event } from '../events/event.entity.js';
import { Unit } from '../units/unit.entity.js';
import type { Task } from './task.entity.js';

@ObjectType({ implements: Sourced, description: 'What a source or a quarterly report said about a task on a date.' })
@Entity()
@Index({ properties: ['task', 'observedOn'] })
export class StatusObservation extends Sourced {
  @ManyToOne('Task', { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @Field(() => LocalDateScalar, { description: 'The day the status was observed or reported.' })
  @Property({ type: 'date' })
  observedOn!: string;

  @Field(() => ObservedStatusEnum, { description: 'What was observed.' })
  @Property({ type: 'string' })
  status!: ObservedStatus;

  @Field(() => Int, { nullable: true, description: 'Progress 0–100 reported with the observation, if any.' })
  @Property({ type: 'integer', nullable: true })
  progress: number | null = null;

  @Field(() => String, { description: 'The observation in Vietnamese.' })
  @Property({ type: 'text' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'The observation in English.' })
  @Property({ type: 'text', nullable: true })
  noteEn: string | null = null;

  @ManyToOne(() => Event, { ref: true, nullable: true })
  event: Ref<Event> | null = null;

  @ManyToOne(() => Document, { ref: true, nullable: true })
  document: Ref<Document> | null = null;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  reportedBy: Ref<Unit> | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day a planner or unit submitted it through Lộ trình; null for facts from the sources.' })
  @Property({ type: 'date', nullable: true })
  submittedOn: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Year of the quarterly report this came from, if any.' })
  @Property({ type: 'integer', nullable: true })
  reportYear: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Quarter (1–4) of the quarterly report this came from, if any.' })
  @Property({ type: 'integer', nullable: true })
  reportQuarter: number | null = null;

  @OneToMany(() => Citation, (citation) => citation.observation)
  citations = new Collection<Citation>(this);
}
