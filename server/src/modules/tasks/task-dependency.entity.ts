import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { DependencyType } from '@lotrinh/shared';
import { Node } from '../common/node.js';
import type { Task } from './task.entity.js';

@Entity()
@Unique({ properties: ['task', 'dependsOn'] })
export class TaskDependency extends Node {
  @ManyToOne('Task', { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @ManyToOne('Task', { ref: true, deleteRule: 'cascade' })
  dependsOn!: Ref<Task>;

  @Property({ type: 'string' })
  type: DependencyType = 'FINISH_TO_START';

  @Property({ type: 'integer' })
  lagDays: number = 0;
}
