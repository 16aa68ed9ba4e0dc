import { Citation } from '../modules/citations/citation.entity.js';
import { Document } from '../modules/documents/document.entity.js';
import { Event } from '../modules/events/event.entity.js';
import { IndicatorValue } from '../modules/indicators/indicator-value.entity.js';
import { Indicator } from '../modules/indicators/indicator.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { Plan } from '../modules/plans/plan.entity.js';
import { ReportingRule } from '../modules/reporting/reporting-rule.entity.js';
import { StatusObservation } from '../modules/tasks/status-observation.entity.js';
import { TaskChange } from '../modules/tasks/task-change.entity.js';
import { TaskDependency } from '../modules/tasks/task-dependency.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { Unit } from '../modules/units/unit.entity.js';

/** Every entity, listed once: the ORM is given this list rather than discovering files. */
export const entities = [
  Unit,
  Person,
  Document,
  Event,
  Plan,
  Task,
  TaskDependency,
  TaskChange,
  StatusObservation,
  Indicator,
  IndicatorValue,
  ReportingRule,
  Citation,
];
