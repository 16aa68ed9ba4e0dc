import { describe, expect, it } from 'vitest';
import { barGeometry, BAR_HEIGHT } from '../../../client/src/features/timeline/model/bar-geometry.js';
import { layoutRows, layoutSpan, ROW_HEIGHT, type TaskRow } from '../../../client/src/features/timeline/model/layout.js';
import { keysToReveal } from '../../../client/src/features/timeline/model/reveal.js';
import { rollUp, withEdit } from '../../../client/src/features/timeline/model/rollup.js';
import { makeTask } from './fixtures.js';

const planA = { id: 'p1', title: 'Kế hoạch 458/TB-VP', titleEn: 'Plan 458' };
const planB = { id: 'p2', title: 'Kế hoạch chuyển đổi số 2022', titleEn: null };
const none = new Set<string>();

describe('layoutRows', () => {
  const tasks = [
    makeTask({ id: 's', kind: 'SUMMARY', start: null, due: null, plan: planA }),
    makeTask({ id: 'a', parentId: 's', start: '2014-01-01', due: '2014-01-10', progress: 100, plan: planA }),
    makeTask({
      id: 'b',
      parentId: 's',
      start: '2014-01-11',
      due: '2014-01-40'.replace('40', '30'),
      progress: 0,
      plan: planA,
      dueKnown: 'DERIVED',
    }),
    makeTask({ id: 'c', plan: planB }),
    makeTask({ id: 'd', plan: null, parentId: 'missing' }),
  ];

  it('lays tasks out in tree order with depths', () => {
    const layout = layoutRows({ tasks, grouping: 'none', collapsed: none });
    expect(layout.rows.map((row) => `${row.key}:${row.depth}`)).toEqual(['s:0', 'a:1', 'b:1', 'c:0', 'd:0']);
    expect(layout.indexByKey.get('c')).toBe(3);
    expect(layout.rows[0]?.hasChildren).toBe(true);
  });

  it('rolls summaries up: min start, max due, progress weighted by duration', () => {
    const layout = layoutRows({ tasks, grouping: 'none', collapsed: none });
    const summary = layout.rows[0] as TaskRow;
    expect(summary.dates).toMatchObject({ start: '2014-01-01', due: '2014-01-30', rolledUp: true, dueDerived: true });
    expect(summary.dates.progress).toBeCloseTo((100 * 10) / 30, 1);
  });

  it('groups by plan, lead unit or document, the ungrouped last', () => {
    const layout = layoutRows({ tasks, grouping: 'plan', collapsed: none });
    expect(layout.rows.map((row) => row.key)).toEqual(['group:plan:p1', 's', 'a', 'b', 'group:plan:p2', 'c', 'group:plan:', 'd']);
    expect(layout.rows[0]).toMatchObject({
      type: 'group',
      label: 'Kế hoạch 458/TB-VP',
      count: 3,
      dates: { start: '2014-01-01', due: '2014-01-30' },
    });
    expect(layout.rows[6]).toMatchObject({ type: 'group', missing: true });
    const units = layoutRows({
      tasks: [makeTask({ id: 'x', leadUnit: { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', nameEn: 'IT Centre' } })],
      grouping: 'leadUnit',
      collapsed: none,
    });
    expect(units.rows[0]).toMatchObject({ key: 'group:leadUnit:TTCNTT', labelEn: 'TTCNTT · IT Centre' });
    const docs = layoutRows({
      tasks: [makeTask({ id: 'x', assignedBy: { id: 'd1', label: '458/TB-VP' } })],
      grouping: 'document',
      collapsed: none,
    });
    expect(docs.rows[0]).toMatchObject({ key: 'group:document:d1', label: '458/TB-VP' });
  });

  it('hides the rows of collapsed groups and tasks, keeping roll-ups', () => {
    const collapsedTask = layoutRows({ tasks, grouping: 'none', collapsed: new Set(['s']) });
    expect(collapsedTask.rows.map((row) => row.key)).toEqual(['s', 'c', 'd']);
    expect(collapsedTask.rows[0]).toMatchObject({ collapsed: true, dates: { start: '2014-01-01' } });
    const collapsedGroup = layoutRows({ tasks, grouping: 'plan', collapsed: new Set(['group:plan:p1']) });
    expect(collapsedGroup.rows.map((row) => row.key)).toEqual(['group:plan:p1', 'group:plan:p2', 'c', 'group:plan:', 'd']);
  });

  it('knows which collapsed rows hide a task', () => {
    const collapsed = new Set(['group:plan:p1', 's', 'c']);
    expect(keysToReveal({ ids: ['a'], tasks, grouping: 'plan', collapsed }).sort()).toEqual(['group:plan:p1', 's']);
    expect(keysToReveal({ ids: ['c'], tasks, grouping: 'plan', collapsed })).toEqual([]);
    expect(keysToReveal({ ids: ['a'], tasks, grouping: 'none', collapsed: new Set() })).toEqual([]);
  });

  it('sorts siblings, missing values last', () => {
    const list = [makeTask({ id: '1', due: '2015-01-01' }), makeTask({ id: '2', due: null }), makeTask({ id: '3', due: '2014-01-01' })];
    expect(layoutRows({ tasks: list, grouping: 'none', collapsed: none, sort: { key: 'due', dir: 'asc' } }).rows.map((r) => r.key)).toEqual(
      ['3', '1', '2'],
    );
    expect(
      layoutRows({ tasks: list, grouping: 'none', collapsed: none, sort: { key: 'due', dir: 'desc' } }).rows.map((r) => r.key),
    ).toEqual(['1', '3', '2']);
    const titled = [
      makeTask({ id: '1', title: 'Đào tạo' }),
      makeTask({ id: '2', title: 'Xây dựng' }),
      makeTask({ id: '3', title: 'Báo cáo' }),
    ];
    expect(
      layoutRows({ tasks: titled, grouping: 'none', collapsed: none, sort: { key: 'title', dir: 'asc' } }).rows.map((r) => r.key),
    ).toEqual(['3', '1', '2']);
  });

  it('survives parent cycles', () => {
    const cyclic = [makeTask({ id: 'x', parentId: 'y' }), makeTask({ id: 'y', parentId: 'x' })];
    expect(
      layoutRows({ tasks: cyclic, grouping: 'none', collapsed: none })
        .rows.map((r) => r.key)
        .sort(),
    ).toEqual(['x', 'y']);
  });

  it('knows the span of the dates it shows', () => {
    expect(layoutSpan({ layout: layoutRows({ tasks, grouping: 'none', collapsed: none }) })).toEqual({
      min: '2014-01-01',
      max: '2014-12-31',
    });
  });

  it('lays out 100,000 tasks quickly', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      makeTask({
        id: `t${i}`,
        parentId: i % 10 === 0 ? null : `t${i - (i % 10)}`,
        start: `20${13 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`,
        due: `20${14 + (i % 12)}-0${1 + (i % 9)}-2${i % 9}`,
      }),
    );
    const started = performance.now();
    const layout = layoutRows({ tasks: many, grouping: 'none', collapsed: none });
    expect(layout.rows).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('bar geometry', () => {
  const scale = { origin: '2014-01-01', pxPerDay: 2 };
  const dates = { start: '2014-01-02', due: '2014-01-11', progress: 40, startDerived: false, dueDerived: true, rolledUp: false };

  it('places a bar on its row from the start of its first day to the end of its last', () => {
    const bar = barGeometry({ key: 't', rowIndex: 3, dates, kind: 'TASK', scale, rowHeight: ROW_HEIGHT });
    expect(bar).toMatchObject({
      x: 2,
      width: 20,
      y: 3 * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2,
      shape: 'bar',
      editable: true,
      derivedEnd: true,
      progress: 40,
    });
  });

  it('draws milestones as a diamond centred on their day, summaries thin and not editable', () => {
    const milestone = barGeometry({
      key: 'm',
      rowIndex: 0,
      dates: { ...dates, start: null },
      kind: 'MILESTONE',
      scale,
      rowHeight: ROW_HEIGHT,
    });
    expect(milestone?.shape).toBe('milestone');
    expect((milestone?.x ?? 0) + (milestone?.width ?? 0) / 2).toBe(21);
    const summary = barGeometry({
      key: 's',
      rowIndex: 0,
      dates: { ...dates, rolledUp: true },
      kind: 'SUMMARY',
      scale,
      rowHeight: ROW_HEIGHT,
    });
    expect(summary).toMatchObject({ shape: 'summary', editable: false });
  });

  it('draws unknown dates open-ended and skips rows with no date', () => {
    const openStart = barGeometry({ key: 't', rowIndex: 0, dates: { ...dates, start: null }, kind: 'TASK', scale, rowHeight: ROW_HEIGHT });
    expect(openStart).toMatchObject({ openStart: true, openEnd: false, x: 22 - 180, width: 180 });
    const openEnd = barGeometry({ key: 't', rowIndex: 0, dates: { ...dates, due: null }, kind: 'TASK', scale, rowHeight: ROW_HEIGHT });
    expect(openEnd).toMatchObject({ openEnd: true, x: 2, width: 180 });
    expect(
      barGeometry({ key: 't', rowIndex: 0, dates: { ...dates, start: null, due: null }, kind: 'TASK', scale, rowHeight: ROW_HEIGHT }),
    ).toBeNull();
  });
});

describe('roll-up helpers', () => {
  it('leave out children without progress and keep an empty roll-up empty', () => {
    expect(rollUp({ children: [] })).toMatchObject({ start: null, due: null, progress: null, rolledUp: true });
  });

  it('apply a pending edit, which counts as stated', () => {
    const dates = { start: '2014-01-02', due: '2014-01-11', progress: 40, startDerived: true, dueDerived: true, rolledUp: false };
    expect(withEdit({ dates, edit: { start: '2014-01-05', due: '2014-01-11', progress: 40 } })).toMatchObject({
      start: '2014-01-05',
      startDerived: false,
      dueDerived: true,
    });
    expect(withEdit({ dates, edit: undefined })).toBe(dates);
  });
});
