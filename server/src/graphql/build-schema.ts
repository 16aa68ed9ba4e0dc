import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DocumentCatalogResolver, DocumentResolver } from '../modules/documents/document.resolver.js';
import { EventCatalogResolver, EventResolver } from '../modules/events/event.resolver.js';
import { IndicatorCatalogResolver, IndicatorResolver, IndicatorValueCatalogResolver } from '../modules/indicators/indicator.resolver.js';
import { NodeResolver } from '../modules/common/node.resolver.js';
import { PersonCatalogResolver, PersonResolver } from '../modules/people/person.resolver.js';
import { PlanCatalogResolver, PlanResolver } from '../modules/plans/plan.resolver.js';
import { QuarterlyReportResolver } from '../modules/reporting/quarterly-report.resolver.js';
import { ReportingResolver } from '../modules/reporting/reporting.resolver.js';
import { StatusObservationResolver } from '../modules/tasks/status-observation.resolver.js';
import { TaskStatsResolver } from '../modules/tasks/task-stats.resolver.js';
import { TaskDependencyResolver, TaskResolver } from '../modules/tasks/task.resolver.js';
import { TimelineResolver } from '../modules/tasks/timeline.resolver.js';
import { UnitCatalogResolver, UnitResolver } from '../modules/units/unit.resolver.js';
import { Citation } from '../modules/citations/citation.entity.js';

export const resolvers = [
  TaskResolver,
  TaskDependencyResolver,
  TaskStatsResolver,
  TimelineResolver,
  StatusObservationResolver,
  UnitCatalogResolver,
  UnitResolver,
  PersonCatalogResolver,
  PersonResolver,
  DocumentCatalogResolver,
  DocumentResolver,
  EventCatalogResolver,
  EventResolver,
  PlanCatalogResolver,
  PlanResolver,
  IndicatorCatalogResolver,
  IndicatorValueCatalogResolver,
  IndicatorResolver,
  ReportingResolver,
  QuarterlyReportResolver,
  NodeResolver,
] as const;

/** The schema, built from the decorated classes, validating every input with class-validator. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes: [Citation],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  schema.getQueryType()!.description = 'Everything there is to read: the roadmap’s tasks (as of any day), its units, documents, events, plans, indicators and reporting calendar.';
  schema.getMutationType()!.description = 'Changes planners make: tasks, their dates, progress, dependencies, status observations and quarterly reports. Each takes the task’s version and fails with CONFLICT on a stale one.';
  return schema;
}
