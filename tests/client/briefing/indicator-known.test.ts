import { describe, expect, it } from 'vitest';
import {
  knownIndicatorValues,
  type IndicatorPoint,
  type IndicatorSeries,
} from '../../../client/src/features/briefing/model/indicator-known.js';

const point = (id: string, partial: Partial<IndicatorPoint> & { file: string }): IndicatorPoint => ({
  id,
  date: '2018-06-05',
  value: 40,
  numerator: null,
  denominator: null,
  kind: 'ACTUAL',
  ambiguity: null,
  ...partial,
  citations: [{ id: `c-${id}`, sourceFile: partial.file, url: null, quote: 'trích dẫn' }],
});

const series = (id: string, values: IndicatorPoint[]): IndicatorSeries => ({
  id,
  code: id,
  name: id,
  nameEn: id,
  unitOfMeasure: '%',
  ambiguity: null,
  values,
});

const plans = [
  { key: 'insp2018', citations: [{ sourceFile: '002.txt', url: null }] },
  { key: 'dx2022', citations: [{ sourceFile: '004.txt', url: null }] },
];

describe('indicator values known on a day', () => {
  const indicators = [
    series('services', [point('a', { file: '002.txt', date: '2018-06-05' })]),
    series('targets-2022', [point('t', { file: '004.txt', date: '2022-12-31', kind: 'TARGET', value: 100 })]),
    series('orphan', [point('o', { file: '999.txt', date: '2015-01-01' })]),
  ];

  it('hides everything before its source enters the roadmap', () => {
    const known = knownIndicatorValues({ indicators, plans, plansOnRoadmap: new Set(), asOf: '2014-12-31' });
    expect(known).toEqual([]);
  });

  it('shows a measured value once its day has come and its source is on the roadmap', () => {
    expect(knownIndicatorValues({ indicators, plans, plansOnRoadmap: new Set(['insp2018']), asOf: '2018-06-04' }).map((s) => s.id)).toEqual(
      ['orphan'],
    );
    expect(knownIndicatorValues({ indicators, plans, plansOnRoadmap: new Set(['insp2018']), asOf: '2018-06-05' }).map((s) => s.id)).toEqual(
      ['services', 'orphan'],
    );
  });

  it('shows a target before its due day, from the day a plan citing its source has tasks', () => {
    const known = knownIndicatorValues({ indicators, plans, plansOnRoadmap: new Set(['dx2022']), asOf: '2022-05-20' });
    expect(known.map((s) => s.id)).toEqual(['targets-2022', 'orphan']);
  });

  it('falls back to the value’s own date when no plan cites its source', () => {
    expect(knownIndicatorValues({ indicators, plans, plansOnRoadmap: new Set(), asOf: '2015-01-01' }).map((s) => s.id)).toEqual(['orphan']);
  });

  it('matches external sources by address', () => {
    const external = series('ext', [
      {
        ...point('x', { file: '' }),
        citations: [{ id: 'cx', sourceFile: null, url: 'https://example.vn/a', quote: 'q' }],
        kind: 'TARGET',
        date: '2030-01-01',
      },
    ]);
    const known = knownIndicatorValues({
      indicators: [external],
      plans: [{ key: 'p', citations: [{ sourceFile: null, url: 'https://example.vn/a' }] }],
      plansOnRoadmap: new Set(['p']),
      asOf: '2025-11-05',
    });
    expect(known).toHaveLength(1);
  });
});
