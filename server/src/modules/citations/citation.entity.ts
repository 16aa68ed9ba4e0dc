import { Entity, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.js';
import type { Document } from '../documents/document.entity.js';
import type { Event } from '../events/event.entity.js';
import type { IndicatorValue } from '../indicators/indicator-value.entity.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { Person } from '../people/person.entity.js';
import type { Plan } from '../plans/plan.entity.js';
import type { ReportingRule } from '../reporting/reporting-rule.entity.js';
import type { StatusObservation } from '../tasks/status-observation.entity.js';
import type { Task } from '../tasks/task.entity.js';
import type { Unit } from '../units/unit.entity.js';

/**
 * The proof of a fact: a seed file of `server/data/sources/` or a public address, and the verbatim
 * quote. Exactly one owner column is set; the owners are listed so every relation stays a plain
 * foreign key that any SQL dialect and MikroORM's DataLoader handle.
 */
@ObjectType({ implements: Node, description: 'Where a fact comes from: a source file or an external address, and the verbatim quote.' })
@Entity()
export class Citation extends Node {
  @Field(() => String, { nullable: true, description: 'File name of the seed document in `server/data/sources/`, when the fact comes from one.' })
  @Property({ type: 'string', nullable: true })
  sourceFile: string | null = null;

  @Field(() => String, { nullable: true, description: 'Public address of an external source, when the fact comes from outside the seeds.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  url: string | null = null;

  @Field(() => String, { description: 'The verbatim quote, in the language of the source.' })
  @Property({ type: 'text' })
  quote!: string;

  @Field(() => Boolean, { description: 'True when the fact comes from an external source rather than one of the five seed documents.' })
  @Property({ type: 'boolean' })
  external: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'Confidence of an external fact: `high`, `medium` or `low`.' })
  @Property({ type: 'string', nullable: true })
  confidence: string | null = null;

  @ManyToOne('Unit', { ref: true, nullable: true, deleteRule: 'cascade' })
  unit: Ref<Unit> | null = null;

  @ManyToOne('Person', { ref: true, nullable: true, deleteRule: 'cascade' })
  person: Ref<Person> | null = null;

  @ManyToOne('Document', { ref: true, nullable: true, deleteRule: 'cascade' })
  document: Ref<Document> | null = null;

  @ManyToOne('Event', { ref: true, nullable: true, deleteRule: 'cascade' })
  event: Ref<Event> | null = null;

  @ManyToOne('Plan', { ref: true, nullable: true, deleteRule: 'cascade' })
  plan: Ref<Plan> | null = null;

  @ManyToOne('Task', { ref: true, nullable: true, deleteRule: 'cascade' })
  task: Ref<Task> | null = null;

  @ManyToOne('StatusObservation', { ref: true, nullable: true, deleteRule: 'cascade' })
  observation: Ref<StatusObservation> | null = null;

  @ManyToOne('Indicator', { ref: true, nullable: true, deleteRule: 'cascade' })
  indicator: Ref<Indicator> | null = null;

  @ManyToOne('IndicatorValue', { ref: true, nullable: true, deleteRule: 'cascade' })
  indicatorValue: Ref<IndicatorValue> | null = null;

  @ManyToOne('ReportingRule', { ref: true, nullable: true, deleteRule: 'cascade' })
  reportingRule: Ref<ReportingRule> | null = null;
}
