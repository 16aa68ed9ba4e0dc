import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { ok, roadmap, sorted } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const quotesOf = (citations: { quote: string }[]) => sorted(citations.map((c) => c.quote));

describe('the catalogs, as the dataset gives them', () => {
  it('every indicator value has a date and a citation, and matches the dataset', async () => {
    const data = ok(
      await server.gql<{
        indicators: {
          totalCount: number;
          nodes: {
            code: string;
            name: string;
            unitOfMeasure: string;
            values: {
              date: string;
              value: number;
              numerator: number | null;
              denominator: number | null;
              kind: string;
              citations: { quote: string }[];
            }[];
          }[];
        };
      }>(
        `{ indicators { totalCount nodes { code name unitOfMeasure values { date value numerator denominator kind citations { sourceFile url quote } } } } }`,
      ),
    );
    expect(data.indicators.totalCount).toBe(roadmap.indicators.length);
    for (const indicator of data.indicators.nodes) {
      const source = roadmap.indicators.find((i) => i.code === indicator.code)!;
      expect(indicator).toMatchObject({ name: source.name, unitOfMeasure: source.unitOfMeasure });
      const expected = [...source.values].sort((a, b) => a.date.localeCompare(b.date));
      expect(indicator.values.map(({ citations: _c, ...v }) => v)).toEqual(
        expected.map((v) => ({
          date: v.date,
          value: v.value,
          numerator: v.numerator ?? null,
          denominator: v.denominator ?? null,
          kind: v.kind,
        })),
      );
      indicator.values.forEach((value, i) => {
        expect(value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(value.citations.map((c) => c.quote)).toEqual([expected[i]!.citation.quote]);
      });
    }
  });
  it('unit(code: "TTCNTT") and the units connection', async () => {
    const source = roadmap.units.find((u) => u.code === 'TTCNTT')!;
    const data = ok(
      await server.gql<{ unit: Record<string, unknown>; units: { totalCount: number }; none: null }>(
        `{ unit(code: "TTCNTT") { id code name nameEn kind parent { code } citations { quote } } units { totalCount } none: unit(code: "NOPE") { id } }`,
      ),
    );
    expect(data.unit).toMatchObject({
      code: 'TTCNTT',
      name: source.name,
      nameEn: source.nameEn,
      kind: source.kind,
      parent: source.parent ? { code: source.parent } : null,
    });
    expect(quotesOf(data.unit['citations'] as { quote: string }[])).toEqual(quotesOf(source.citations));
    expect(data.units.totalCount).toBe(roadmap.units.length);
    expect(data.none).toBeNull();
  });

  it('document(number: "458/TB-VP") with what it implements and cites', async () => {
    const source = roadmap.documents.find((d) => d.number === '458/TB-VP')!;
    const data = ok(
      await server.gql<{
        document: {
          number: string;
          kind: string;
          issuedOn: string | null;
          title: string;
          issuer: { code: string } | null;
          implements: { number: string }[];
          cites: { number: string }[];
        };
      }>(`{ document(number: "458/TB-VP") { number kind issuedOn title issuer { code } implements { number } cites { number } } }`),
    );
    expect(data.document).toMatchObject({
      number: source.number,
      kind: source.kind,
      issuedOn: source.issuedOn,
      title: source.title,
      issuer: source.issuer ? { code: source.issuer } : null,
    });
    expect(sorted(data.document.cites.map((d) => d.number))).toEqual(sorted(source.cites ?? []));
    expect(sorted(data.document.implements.map((d) => d.number))).toEqual(sorted(source.implements ?? []));
    const implementing = roadmap.documents.find((d) => d.implements?.length)!;
    const other = ok(
      await server.gql<{ document: { implements: { number: string }[] } }>(
        `query($n: String!) { document(number: $n) { implements { number } } }`,
        { n: implementing.number },
      ),
    );
    expect(sorted(other.document.implements.map((d) => d.number))).toEqual(sorted(implementing.implements!));
  });

  it('events, people and plans as the dataset gives them', async () => {
    const data = ok(
      await server.gql<{
        events: {
          totalCount: number;
          nodes: { date: string; kind: string; title: string; chair: { title: string } | null; participants: { code: string }[] }[];
        };
        people: { totalCount: number; nodes: { name: string | null; title: string; unit: { code: string } | null }[] };
        plans: { totalCount: number; nodes: { key: string; document: { number: string } | null; basis: { number: string }[] }[] };
      }>(`{ events(first: 500) { totalCount nodes { date kind title chair { title } participants { code } } }
          people(first: 500) { totalCount nodes { name title unit { code } } }
          plans(first: 500) { totalCount nodes { key document { number } basis { number } } } }`),
    );
    expect(data.events.totalCount).toBe(roadmap.events.length);
    expect(data.events.nodes.map((e) => e.date)).toEqual(sorted(roadmap.events.map((e) => e.date)));
    for (const event of roadmap.events) {
      const node = data.events.nodes.find((e) => e.title === event.title)!;
      const chair = roadmap.people.find((p) => p.key === event.chair);
      expect(node, event.key).toMatchObject({ date: event.date, kind: event.kind, chair: chair ? { title: chair.title } : null });
      expect(sorted(node.participants.map((u) => u.code))).toEqual(sorted(event.participants));
    }
    expect(data.people.totalCount).toBe(roadmap.people.length);
    expect(sorted(data.people.nodes.map((p) => `${p.name}|${p.title}|${p.unit?.code ?? null}`))).toEqual(
      sorted(roadmap.people.map((p) => `${p.name}|${p.title}|${p.unit ?? null}`)),
    );
    expect(data.plans.totalCount).toBe(roadmap.plans.length);
    for (const plan of roadmap.plans) {
      const node = data.plans.nodes.find((p) => p.key === plan.key)!;
      expect(node.document?.number ?? null, plan.key).toBe(plan.document ?? null);
      expect(sorted(node.basis.map((d) => d.number))).toEqual(sorted(plan.basis));
    }
  });

  it('the reporting calendar of 2022 and the rule it comes from', async () => {
    const data = ok(
      await server.gql<{
        reportingPeriods: unknown[];
        reportingRules: { dueDay: number; plan: { key: string }; recipient: { code: string }; citations: { quote: string }[] }[];
      }>(
        `{ reportingPeriods(year: 2022) { year quarter start end reportDue } reportingRules { dueDay plan { key } recipient { code } citations { quote } } }`,
      ),
    );
    // as DESIGN.md states it: Q1 15/12 of the previous year – 14/3, Q2 15/3 – 14/6, Q3 15/6 – 14/9, Q4 15/9 – 14/12, due the 25th
    expect(data.reportingPeriods).toEqual([
      { year: 2022, quarter: 1, start: '2021-12-15', end: '2022-03-14', reportDue: '2022-03-25' },
      { year: 2022, quarter: 2, start: '2022-03-15', end: '2022-06-14', reportDue: '2022-06-25' },
      { year: 2022, quarter: 3, start: '2022-06-15', end: '2022-09-14', reportDue: '2022-09-25' },
      { year: 2022, quarter: 4, start: '2022-09-15', end: '2022-12-14', reportDue: '2022-12-25' },
    ]);
    expect(data.reportingRules).toHaveLength(roadmap.reportingRules.length);
    const [rule] = roadmap.reportingRules;
    expect(data.reportingRules[0]).toMatchObject({ dueDay: rule!.dueDay, plan: { key: rule!.plan }, recipient: { code: rule!.recipient } });
    expect(quotesOf(data.reportingRules[0]!.citations)).toEqual(quotesOf(rule!.citations));
  });
});
