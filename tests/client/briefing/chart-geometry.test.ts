import { describe, expect, it } from 'vitest';
import { chartGeometry, niceMax } from '../../../client/src/features/briefing/model/chart-geometry.js';
import type { IndicatorPoint } from '../../../client/src/features/briefing/model/indicator-known.js';

const value = (id: string, date: string, v: number, kind: 'ACTUAL' | 'TARGET' = 'ACTUAL'): IndicatorPoint => ({
  id,
  date,
  value: v,
  numerator: null,
  denominator: null,
  kind,
  ambiguity: null,
  citations: [],
});

const box = { width: 120, height: 110, padding: { top: 5, right: 10, bottom: 5, left: 10 } };

describe('indicator chart geometry', () => {
  it('rounds the value axis up to 100 for percentages and to 1, 2 or 5 × 10ⁿ otherwise', () => {
    expect(niceMax(40, '%')).toBe(100);
    expect(niceMax(8, 'dịch vụ')).toBe(10);
    expect(niceMax(10, 'dịch vụ')).toBe(10);
    expect(niceMax(11, 'dịch vụ')).toBe(20);
    expect(niceMax(36, 'dịch vụ')).toBe(50);
    expect(niceMax(0, 'dịch vụ')).toBe(1);
  });

  it('places values by date and value inside the padding, measured ones joined oldest first, targets apart', () => {
    const geometry = chartGeometry({
      values: [value('b', '2020-01-01', 50), value('a', '2010-01-01', 0), value('t', '2030-01-01', 100, 'TARGET')],
      unitOfMeasure: '%',
      box,
      from: '2010-01-01',
      to: '2030-01-01',
      asOf: '2020-01-01',
    });
    expect(geometry.actual.map((p) => p.point.id)).toEqual(['a', 'b']);
    expect(geometry.actual[0]).toMatchObject({ x: 10, y: 105 });
    expect(geometry.actual[1]!.x).toBeCloseTo(60, 0);
    expect(geometry.actual[1]!.y).toBe(55);
    expect(geometry.target[0]).toMatchObject({ x: 110, y: 5 });
    expect(geometry.actualPath).toBe('10.0,105.0 60.0,55.0');
    expect(geometry.asOfX).toBeCloseTo(60, 0);
    expect(geometry.yTicks.map((t) => t.value)).toEqual([0, 50, 100]);
  });

  it('clamps dates outside the span to its edges and leaves the as-of line out when the day is outside', () => {
    const geometry = chartGeometry({
      values: [value('a', '2031-06-01', 5)],
      unitOfMeasure: 'x',
      box,
      from: '2010-01-01',
      to: '2030-01-01',
      asOf: '2031-01-01',
    });
    expect(geometry.actual[0]!.x).toBe(110);
    expect(geometry.asOfX).toBeNull();
    expect(geometry.actualPath).toBe('');
  });

  it('labels every other year by default', () => {
    const geometry = chartGeometry({ values: [], unitOfMeasure: '%', box, from: '2013-01-01', to: '2025-12-31', asOf: '2019-06-30' });
    expect(geometry.xTicks.map((t) => t.year)).toEqual([2013, 2015, 2017, 2019, 2021, 2023, 2025]);
  });
});
