import type { EntityData, EntityManager } from '@mikro-orm/core';
import { Citation } from '../../modules/citations/citation.entity.js';
import { Document } from '../../modules/documents/document.entity.js';
import { Event } from '../../modules/events/event.entity.js';
import { IndicatorValue } from '../../modules/indicators/indicator-value.entity.js';
import { Indicator } from '../../modules/indicators/indicator.entity.js';
import { Person } from '../../modules/people/person.entity.js';
import { Plan } from '../../modules/plans/plan.entity.js';
import { ReportingRule } from '../../modules/reporting/reporting-rule.entity.js';
import { taskSearchText } from '../../modules/tasks/search-text.js';
import { StatusObservation } from '../../modules/tasks/status-observation.entity.js';
import { TaskDependency } from '../../modules/tasks/task-dependency.entity.js';
import { Task } from '../../modules/tasks/task.entity.js';
import { Unit } from '../../modules/units/unit.entity.js';
import type { CitationData, RoadmapDataset } from '../dataset/types.js';

/** Records by their dataset key; an unknown key is a dataset error, reported by name. */
class Registry<T> {
  private readonly byKey = new Map<string, T>();
  constructor(private readonly what: string) {}
  set(key: string, value: T): T {
    this.byKey.set(key, value);
    return value;
  }
  get(key: string): T {
    const found = this.byKey.get(key);
    if (!found) throw new Error(`Dataset: unknown ${this.what} "${key}"`);
    return found;
  }
  optional(key: string | null | undefined): T | null {
    return key ? this.get(key) : null;
  }
}

/** Loads the curated dataset in one transaction: either all of it lands or none of it. */
export async function seedRoadmap(em: EntityManager, dataset: RoadmapDataset): Promise<void> {
  await em.transactional(async (tx) => {
    const cite = (citations: readonly CitationData[], owner: EntityData<Citation>) => {
      for (const data of citations) {
        const citation = tx.create(Citation, {
          quote: data.quote,
          sourceFile: 'file' in data ? data.file : null,
          url: 'url' in data ? data.url : null,
          external: 'url' in data || !data.file.endsWith('.txt'),
          confidence: 'confidence' in data ? data.confidence : null,
        });
        tx.assign(citation, owner);
      }
    };

    const units = new Registry<Unit>('unit');
    for (const { citations, parent: _parent, ...data } of dataset.units) {
      const unit = units.set(data.code, tx.create(Unit, data));
      cite(citations, { unit });
    }
    for (const data of dataset.units) units.get(data.code).parent = units.optional(data.parent) as never;

    const people = new Registry<Person>('person');
    for (const { citations, unit, ...data } of dataset.people) {
      const person = people.set(data.key, tx.create(Person, { ...data, unit: units.optional(unit) }));
      cite(citations, { person });
    }

    const documents = new Registry<Document>('document');
    for (const { citations, issuer, implements: _implements, cites: _cites, ...data } of dataset.documents) {
      const document = documents.set(data.number, tx.create(Document, { ...data, issuer: units.optional(issuer) }));
      cite(citations, { document });
    }
    for (const data of dataset.documents) {
      const document = documents.get(data.number);
      document.implements.set((data.implements ?? []).map((number) => documents.get(number)));
      document.cites.set((data.cites ?? []).map((number) => documents.get(number)));
    }

    const events = new Registry<Event>('event');
    for (const { citations, chair, participants, ...data } of dataset.events) {
      const event = events.set(
        data.key,
        tx.create(Event, { ...data, places: data.places ?? [], chair: people.optional(chair), participants: participants.map((code) => units.get(code)) }),
      );
      cite(citations, { event });
    }

    const plans = new Registry<Plan>('plan');
    for (const { citations, basis, document, ...data } of dataset.plans) {
      const plan = plans.set(
        data.key,
        tx.create(Plan, { ...data, document: documents.optional(document), basis: basis.map((number) => documents.get(number)) }),
      );
      cite(citations, { plan });
    }

    const tasks = new Registry<Task>('task');
    for (const data of dataset.tasks) {
      const task = tasks.set(
        data.key,
        tx.create(Task, {
          key: data.key,
          title: data.title,
          titleEn: data.titleEn,
          description: data.description ?? null,
          kind: data.kind,
          plan: plans.get(data.plan),
          leadUnit: units.optional(data.lead),
          supportUnits: data.support.map((code) => units.get(code)),
          assignedByDocument: documents.optional(data.assignedByDocument),
          assignedByEvent: events.optional(data.assignedByEvent),
          assignedOn: data.assignedOn,
          start: data.start.date,
          startKnown: data.start.known,
          startBasis: data.start.basis ?? null,
          due: data.due.date,
          dueKnown: data.due.known,
          dueBasis: data.due.basis ?? null,
          completedOn: data.completedOn,
          progress: data.progress,
          ambiguity: data.ambiguity ?? null,
          searchText: taskSearchText([data.title, data.titleEn, data.description, ...data.citations.map((c) => c.quote)]),
        }),
      );
      cite(data.citations, { task });
    }
    for (const data of dataset.tasks) {
      const task = tasks.get(data.key);
      task.parent = tasks.optional(data.parent) as never;
      for (const dependency of data.dependencies ?? []) {
        tx.create(TaskDependency, { task, dependsOn: tasks.get(dependency.on), type: dependency.type, lagDays: dependency.lagDays });
      }
    }

    for (const { citations, task, event, document, ...data } of dataset.observations) {
      const observation = tx.create(StatusObservation, {
        ...data,
        task: tasks.get(task),
        event: events.optional(event),
        document: documents.optional(document),
      });
      cite(citations, { observation });
    }

    for (const { citations, values, ...data } of dataset.indicators) {
      const indicator = tx.create(Indicator, data);
      cite(citations, { indicator });
      for (const { citation, ...value } of values) {
        const indicatorValue = tx.create(IndicatorValue, { ...value, indicator });
        cite([citation], { indicatorValue });
      }
    }

    for (const { citations, plan, recipient, ...data } of dataset.reportingRules) {
      const reportingRule = tx.create(ReportingRule, { ...data, plan: plans.get(plan), recipient: units.get(recipient) });
      cite(citations, { reportingRule });
    }
  });
}
