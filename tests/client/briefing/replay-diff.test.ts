import { describe, expect, it } from 'vitest';
import { diffRoadmaps, orderedPair, type DiffRow } from '../../../client/src/features/replay/model/roadmap-diff.js';

const row = (id: string, partial: Partial<DiffRow> = {}): DiffRow => ({
  id,
  title: `Nhiệm vụ ${id}`,
  titleEn: null,
  status: 'IN_PROGRESS',
  start: '2019-01-01',
  due: '2019-12-31',
  leadUnit: null,
  ...partial,
});

describe('comparing the roadmap on two days', () => {
  const before = [row('kept'), row('moved'), row('done'), row('slips'), row('gone'), row('late-already', { status: 'OVERDUE' })];
  const after = [
    row('kept'),
    row('moved', { due: '2020-06-30' }),
    row('done', { status: 'DONE_ON_TIME' }),
    row('slips', { status: 'OVERDUE' }),
    row('late-already', { status: 'OVERDUE' }),
    row('new', { status: 'OVERDUE' }),
  ];
  const diff = diffRoadmaps({ from: '2019-01-01', to: '2020-01-01', before, after });

  it('lists what was added, removed, moved, finished and slipped', () => {
    const ids = Object.fromEntries(Object.entries(diff.changes).map(([kind, list]) => [kind, list.map((c) => c.id)]));
    expect(ids).toEqual({ added: ['new'], removed: ['gone'], moved: ['moved'], finished: ['done'], slipped: ['slips'] });
    expect(diff.changedTasks).toBe(5);
  });

  it('keeps both states of a changed task, and only one side for added and removed ones', () => {
    expect(diff.changes.moved[0]).toMatchObject({ before: { due: '2019-12-31' }, after: { due: '2020-06-30' } });
    expect(diff.changes.added[0]).toMatchObject({ before: null, after: { status: 'OVERDUE' } });
    expect(diff.changes.removed[0]).toMatchObject({ after: null, before: { id: 'gone' } });
  });

  it('counts a task once when it both moved and slipped', () => {
    const both = diffRoadmaps({ from: 'a', to: 'b', before: [row('x')], after: [row('x', { due: '2020-01-31', status: 'AT_RISK' })] });
    expect(both.changes.moved).toHaveLength(1);
    expect(both.changes.slipped).toHaveLength(1);
    expect(both.changedTasks).toBe(1);
  });

  it('does not count a task that was already done or late as finished or slipped again', () => {
    const none = diffRoadmaps({
      from: 'a',
      to: 'b',
      before: [row('x', { status: 'DONE_LATE' }), row('y', { status: 'AT_RISK' })],
      after: [row('x', { status: 'DONE_LATE' }), row('y', { status: 'OVERDUE' })],
    });
    expect(none.changedTasks).toBe(0);
  });

  it('orders two days, the earlier first', () => {
    expect(orderedPair('2019-06-30', '2013-12-31')).toEqual(['2013-12-31', '2019-06-30']);
    expect(orderedPair('2013-12-31', '2019-06-30')).toEqual(['2013-12-31', '2019-06-30']);
  });
});
