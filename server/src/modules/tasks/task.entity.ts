import { Collection, DateTimeType, Entity, Index, ManyToMany, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { DateKnowledge, TaskKind } from '@lotrinh/shared';
import { Citation } from '../citations/citation.entity.js';
import { Sourced } from '../common/node.js';
import { Document } from '../documents/document.entity.js';
import { Event } from '../events/event.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { Unit } from '../units/unit.entity.js';
import { StatusObservation } from './status-observation.entity.js';
import { TaskDependency } from './task-dependency.entity.js';

/** A task of the roadmap as stored; GraphQL shows it through `TaskView`, as it stood on a date. */
@Entity()
@Index({ properties: ['assignedOn'] })
export class Task extends Sourced {
  @Property({ type: 'string', unique: true, nullable: true })
  key: string | null = null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'string' })
  kind: TaskKind = 'TASK';

  @ManyToOne(() => Plan, { ref: true, nullable: true })
  plan: Ref<Plan> | null = null;

  @ManyToOne(() => Task, { ref: true, nullable: true })
  parent: Ref<Task> | null = null;

  @OneToMany(() => Task, (task) => task.parent)
  children = new Collection<Task>(this);

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  leadUnit: Ref<Unit> | null = null;

  @ManyToMany(() => Unit, undefined, { pivotTable: 'task_support_units', joinColumn: 'task_id', inverseJoinColumn: 'unit_id' })
  supportUnits = new Collection<Unit>(this);

  @ManyToOne(() => Document, { ref: true, nullable: true })
  assignedByDocument: Ref<Document> | null = null;

  @ManyToOne(() => Event, { ref: true, nullable: true })
  assignedByEvent: Ref<Event> | null = null;

  @Property({ type: 'date' })
  assignedOn!: string;

  @Property({ type: 'date', nullable: true })
  start: string | null = null;

  @Property({ type: 'string' })
  startKnown: DateKnowledge = 'UNKNOWN';

  @Property({ type: 'text', nullable: true })
  startBasis: string | null = null;

  @Property({ type: 'date', nullable: true })
  due: string | null = null;

  @Property({ type: 'string' })
  dueKnown: DateKnowledge = 'UNKNOWN';

  @Property({ type: 'text', nullable: true })
  dueBasis: string | null = null;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  progress: number | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  /** Title, English title, description and quotes folded for diacritic-insensitive search. */
  @Property({ type: 'text', lazy: true })
  searchText: string = '';

  @Property({ type: DateTimeType, nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  updatedAt: Date | null = null;

  @OneToMany(() => TaskDependency, (dependency) => dependency.task)
  dependencies = new Collection<TaskDependency>(this);

  @OneToMany(() => StatusObservation, (observation) => observation.task)
  observations = new Collection<StatusObservation>(this);

  @OneToMany(() => Citation, (citation) => citation.task)
  citations = new Collection<Citation>(this);
}
