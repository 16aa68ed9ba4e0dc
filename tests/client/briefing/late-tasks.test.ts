import { describe, expect, it } from 'vitest';
import { lateTasks, type BriefingTaskRow } from '../../../client/src/features/briefing/model/late-tasks.js';

const row = (id: string, partial: Partial<BriefingTaskRow>): BriefingTaskRow => ({
  id,
  title: `Nhiệm vụ ${id}`,
  titleEn: null,
  kind: 'TASK',
  status: 'IN_PROGRESS',
  start: null,
  due: null,
  leadUnit: null,
  plan: null,
  ...partial,
});

describe('tasks overdue or at risk', () => {
  const rows = [
    row('a', { status: 'OVERDUE', due: '2013-11-10', leadUnit: 'TTCNTT' }),
    row('b', { status: 'OVERDUE', due: '2013-12-31', leadUnit: 'KHCNMT' }),
    row('c', { status: 'AT_RISK', due: null }),
    row('d', { status: 'AT_RISK', due: '2014-01-31' }),
    row('e', { status: 'DONE_LATE', due: '2013-01-01' }),
    row('f', { status: 'IN_PROGRESS', due: '2013-01-01' }),
  ];

  it('keeps only overdue and at-risk tasks, the most overdue first, then at risk by their due date', () => {
    const late = lateTasks({ rows, asOf: '2013-12-31' });
    expect(late.map((item) => item.task.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('counts calendar days late from the due date to the day, and days left for tasks at risk', () => {
    const late = lateTasks({ rows, asOf: '2013-12-31' });
    expect(late[0]).toMatchObject({ status: 'OVERDUE', daysLate: 51, daysLeft: null });
    expect(late[1]).toMatchObject({ daysLate: 0 });
    expect(late[2]).toMatchObject({ status: 'AT_RISK', daysLate: null, daysLeft: 31 });
    expect(late[3]).toMatchObject({ daysLate: null, daysLeft: null });
  });

  it('counts across leap years and years without a time-zone shift', () => {
    const [item] = lateTasks({ rows: [row('x', { status: 'OVERDUE', due: '2019-12-31' })], asOf: '2020-12-31' });
    expect(item!.daysLate).toBe(366);
  });
});
