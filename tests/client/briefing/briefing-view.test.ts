import { describe, expect, it } from 'vitest';
import { briefingView, type BriefingInput } from '../../../client/src/features/briefing/model/briefing-view.js';
import { NO_TASKS } from '../../../client/src/features/briefing/model/task-counts.js';

const input: BriefingInput = {
  total: [{ ...NO_TASKS, count: 3, overdue: 1, open: 2 }],
  byPlan: [{ ...NO_TASKS, key: { plan: 'tb458' }, count: 3, overdue: 1, open: 2 }],
  byUnit: [{ ...NO_TASKS, key: { leadUnit: 'TTCNTT' }, count: 3, overdue: 1, open: 2 }],
  roadmapPlans: [
    { key: { plan: 'tb458' }, count: 21 },
    { key: { plan: 'dx2022' }, count: 0 },
  ],
  timeline: [
    {
      id: 'T1',
      title: 'Việc',
      titleEn: null,
      kind: 'TASK',
      status: 'OVERDUE',
      start: null,
      due: '2013-11-10',
      leadUnit: 'TTCNTT',
      plan: 'tb458',
    },
  ],
  plans: [
    {
      key: 'tb458',
      title: '458/TB-VP',
      titleEn: '458/TB-VP',
      periodStart: '2013-01-01',
      periodEnd: '2013-12-31',
      citations: [{ sourceFile: '000.txt', url: null }],
    },
    {
      key: 'dx2022',
      title: 'KH 2022',
      titleEn: '2022 plan',
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
      citations: [{ sourceFile: '004.txt', url: null }],
    },
  ],
  units: [{ code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', nameEn: 'IT Centre' }],
  indicators: [
    {
      id: 'I1',
      code: 'proposed',
      name: 'Số DVC đề xuất',
      nameEn: 'Services proposed',
      unitOfMeasure: 'dịch vụ',
      ambiguity: null,
      values: [
        {
          id: 'V1',
          date: '2013-11-10',
          value: 10,
          numerator: null,
          denominator: null,
          kind: 'TARGET',
          ambiguity: null,
          citations: [{ id: 'C1', sourceFile: '000.txt', url: null, quote: '10 dịch vụ' }],
        },
      ],
    },
    {
      id: 'I2',
      code: 'targets-2022',
      name: 'Chỉ tiêu 2022',
      nameEn: '2022 targets',
      unitOfMeasure: '%',
      ambiguity: null,
      values: [
        {
          id: 'V2',
          date: '2022-12-31',
          value: 100,
          numerator: null,
          denominator: null,
          kind: 'TARGET',
          ambiguity: null,
          citations: [{ id: 'C2', sourceFile: '004.txt', url: null, quote: '100%' }],
        },
      ],
    },
  ],
};

describe('the briefing view', () => {
  it('joins the page data into what each section shows, as of the day', () => {
    const view = briefingView(input, '2013-12-31');
    expect(view.total).toMatchObject({ count: 3, overdue: 1 });
    expect(view.plans.map((row) => [row.plan?.key, row.rating.rating])).toEqual([['tb458', 'RED']]);
    expect(view.late).toMatchObject([{ task: { id: 'T1' }, daysLate: 51 }]);
    expect(view.scorecard).toMatchObject([{ code: 'TTCNTT', unit: { nameEn: 'IT Centre' }, led: 3 }]);
    expect(view.indicators.map((series) => series.code)).toEqual(['proposed']);
  });

  it('counts the whole roadmap as empty when the statistics have no group', () => {
    expect(briefingView({ ...input, total: [] }, '2013-12-31').total).toEqual(NO_TASKS);
  });
});
