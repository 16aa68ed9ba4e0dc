import { DateTimeType, Entity, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { DateKnowledge } from '@lotrinh/shared';
import type { Task } from './task.entity.js';

/** The fields whose history is kept, so the roadmap can be shown as it stood on any day. */
export interface TaskSnapshot {
  title: string;
  start: string | null;
  due: string | null;
  /** How each date was known (absent in changes recorded before this was kept). */
  startKnown?: DateKnowledge;
  startBasis?: string | null;
  dueKnown?: DateKnowledge;
  dueBasis?: string | null;
  completedOn: string | null;
  progress: number | null;
  deleted: boolean;
}

/** One edit of a task: its fields before and after, and the calendar day it took effect. */
@Entity()
@Index({ properties: ['task', 'effectiveOn'] })
export class TaskChange {
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne('Task', { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @Property({ type: 'string' })
  action!: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE';

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: DateTimeType })
  changedAt: Date & Opt = new Date();

  @Property({ type: 'json', nullable: true })
  before: TaskSnapshot | null = null;

  @Property({ type: 'json' })
  after!: TaskSnapshot;
}
