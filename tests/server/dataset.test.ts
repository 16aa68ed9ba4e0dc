import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap } from '../../server/src/db/dataset/roadmap.js';
import type { CitationData } from '../../server/src/db/dataset/types.js';
import { SOURCES_DIR } from '../../server/src/db/sources.js';

const sources = Object.fromEntries(readdirSync(SOURCES_DIR).map((file) => [file, readFileSync(join(SOURCES_DIR, file), 'utf8')]));
const externalFacts = sources['external-facts.md']!;

const allCitations: { owner: string; citation: CitationData }[] = [
  ...roadmap.units.flatMap((r) => r.citations.map((citation) => ({ owner: `unit ${r.code}`, citation }))),
  ...roadmap.people.flatMap((r) => r.citations.map((citation) => ({ owner: `person ${r.key}`, citation }))),
  ...roadmap.documents.flatMap((r) => r.citations.map((citation) => ({ owner: `document ${r.number}`, citation }))),
  ...roadmap.events.flatMap((r) => r.citations.map((citation) => ({ owner: `event ${r.key}`, citation }))),
  ...roadmap.plans.flatMap((r) => r.citations.map((citation) => ({ owner: `plan ${r.key}`, citation }))),
  ...roadmap.tasks.flatMap((r) => r.citations.map((citation) => ({ owner: `task ${r.key}`, citation }))),
  ...roadmap.observations.flatMap((r) => r.citations.map((citation) => ({ owner: `observation of ${r.task}`, citation }))),
  ...roadmap.indicators.flatMap((r) => [
    ...r.citations.map((citation) => ({ owner: `indicator ${r.code}`, citation })),
    ...r.values.map((v) => ({ owner: `indicator ${r.code} on ${v.date}`, citation: v.citation })),
  ]),
  ...roadmap.reportingRules.flatMap((r) => r.citations.map((citation) => ({ owner: `reporting rule of ${r.plan}`, citation }))),
];

describe('the curated roadmap dataset', () => {
  it('holds the five seed documents and the external facts', () => {
    const seeds = Object.keys(sources).filter((file) => file.endsWith('.txt'));
    expect(seeds).toHaveLength(5);
    expect(externalFacts).toContain('External facts');
  });

  it('cites a source for every record', () => {
    const records = [...roadmap.units, ...roadmap.people, ...roadmap.documents, ...roadmap.events, ...roadmap.plans, ...roadmap.tasks, ...roadmap.observations, ...roadmap.indicators, ...roadmap.reportingRules];
    expect(records.filter((record) => record.citations.length === 0)).toEqual([]);
  });

  it('quotes every seed verbatim from its file', () => {
    const wrong = allCitations.filter(({ citation }) => 'file' in citation && !sources[citation.file]?.includes(citation.quote));
    expect(wrong.map(({ owner, citation }) => `${owner}: ${citation.quote}`)).toEqual([]);
  });

  it('quotes every external fact verbatim from external-facts.md, with an address it gives', () => {
    const wrong = allCitations.filter(
      ({ citation }) => 'url' in citation && (!externalFacts.includes(citation.quote) || !externalFacts.includes(citation.url)),
    );
    expect(wrong.map(({ owner, citation }) => `${owner}: ${'url' in citation ? citation.url : ''} ${citation.quote}`)).toEqual([]);
  });

  it('resolves every reference', () => {
    const units = new Set(roadmap.units.map((u) => u.code));
    const people = new Set(roadmap.people.map((p) => p.key));
    const documents = new Set(roadmap.documents.map((d) => d.number));
    const events = new Set(roadmap.events.map((e) => e.key));
    const plans = new Set(roadmap.plans.map((p) => p.key));
    const tasks = new Set(roadmap.tasks.map((t) => t.key));
    const missing: string[] = [];
    const need = (set: Set<string>, key: string | null | undefined, what: string) => {
      if (key && !set.has(key)) missing.push(`${what} ${key}`);
    };
    roadmap.units.forEach((u) => need(units, u.parent, 'unit'));
    roadmap.people.forEach((p) => need(units, p.unit, 'unit'));
    roadmap.documents.forEach((d) => {
      need(units, d.issuer, 'unit');
      [...(d.implements ?? []), ...(d.cites ?? [])].forEach((n) => need(documents, n, 'document'));
    });
    roadmap.events.forEach((e) => {
      need(people, e.chair, 'person');
      e.participants.forEach((c) => need(units, c, 'unit'));
    });
    roadmap.plans.forEach((p) => {
      need(documents, p.document, 'document');
      p.basis.forEach((n) => need(documents, n, 'document'));
    });
    roadmap.tasks.forEach((t) => {
      need(plans, t.plan, 'plan');
      need(tasks, t.parent, 'task');
      need(units, t.lead, 'unit');
      t.support.forEach((c) => need(units, c, 'unit'));
      need(documents, t.assignedByDocument, 'document');
      need(events, t.assignedByEvent, 'event');
      (t.dependencies ?? []).forEach((d) => need(tasks, d.on, 'task'));
    });
    roadmap.observations.forEach((o) => {
      need(tasks, o.task, 'task');
      need(events, o.event, 'event');
      need(documents, o.document, 'document');
    });
    roadmap.reportingRules.forEach((r) => {
      need(plans, r.plan, 'plan');
      need(units, r.recipient, 'unit');
    });
    expect(missing).toEqual([]);
  });

  it('has no duplicate keys', () => {
    for (const keys of [roadmap.units.map((u) => u.code), roadmap.documents.map((d) => d.number), roadmap.tasks.map((t) => t.key), roadmap.events.map((e) => e.key), roadmap.plans.map((p) => p.key)]) {
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('has no task that ends before it starts, and says how every date is known', () => {
    expect(roadmap.tasks.filter((t) => t.start.date && t.due.date && t.due.date < t.start.date).map((t) => t.key)).toEqual([]);
    for (const task of roadmap.tasks) {
      for (const point of [task.start, task.due]) {
        expect(point.known === 'UNKNOWN', `${task.key}: a date is null exactly when it is unknown`).toBe(point.date === null);
        if (point.known === 'DERIVED') expect(point.basis, `${task.key}: a derived date says how`).toBeTruthy();
      }
    }
  });

  it('states no progress it cannot cite and glosses every title in English', () => {
    expect(roadmap.tasks.filter((t) => t.progress !== null && (t.progress < 0 || t.progress > 100))).toEqual([]);
    const titled = [...roadmap.tasks, ...roadmap.documents, ...roadmap.events, ...roadmap.plans];
    expect(titled.filter((r) => !r.titleEn?.trim()).map((r) => r.title)).toEqual([]);
    expect([...roadmap.units, ...roadmap.indicators].filter((r) => !r.nameEn.trim())).toEqual([]);
  });

  it('dates every indicator value by when it became known: a measurement not before it was made', () => {
    const values = roadmap.indicators.flatMap((indicator) => indicator.values.map((value) => ({ code: indicator.code, ...value })));
    expect(values.filter((v) => v.kind === 'ACTUAL' && v.knownOn < v.date).map((v) => `${v.code} ${v.date}`)).toEqual([]);
  });

  it('has several dozen tasks from all five seeds', () => {
    expect(roadmap.tasks.length).toBeGreaterThanOrEqual(40);
    const seedsCited = new Set(allCitations.flatMap(({ citation }) => ('file' in citation && citation.file.endsWith('.txt') ? [citation.file] : [])));
    expect(seedsCited.size).toBe(5);
  });
});
