import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../client/src/i18n/i18n.js';
import { briefingMessages } from '../../../client/src/features/briefing/messages.js';
import { briefingSummary, type SummaryInput } from '../../../client/src/features/briefing/model/briefing-summary.js';
import { lateTasks } from '../../../client/src/features/briefing/model/late-tasks.js';
import { planProgress } from '../../../client/src/features/briefing/model/plan-progress.js';
import { NO_TASKS } from '../../../client/src/features/briefing/model/task-counts.js';
import { unitScorecard } from '../../../client/src/features/briefing/model/unit-scorecard.js';

const vi = createI18n('vi', briefingMessages);
const en = createI18n('en', briefingMessages);

const plans = [
  { key: 'tb458', title: 'Kết luận 458/TB-VP', titleEn: 'Conclusions 458/TB-VP', periodStart: '2013-01-01', periodEnd: '2013-12-31' },
  { key: 'nq36', title: 'Kế hoạch NQ36', titleEn: 'NQ36 plan', periodStart: '2014-09-18', periodEnd: '2020-12-31' },
  { key: 'insp', title: 'Kiến nghị 2018', titleEn: '2018 recommendations', periodStart: '2018-06-05', periodEnd: null },
];

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const rows = [
    {
      id: 'T1',
      title: 'Hoàn tất 7 tiêu chí',
      titleEn: 'Complete the 7 criteria',
      kind: 'TASK',
      status: 'OVERDUE' as const,
      start: null,
      due: '2013-11-10',
      leadUnit: 'TTCNTT',
      plan: 'tb458',
    },
    {
      id: 'T2',
      title: 'Báo cáo CPNet',
      titleEn: 'Report on CPNet',
      kind: 'TASK',
      status: 'OVERDUE' as const,
      start: null,
      due: '2013-12-31',
      leadUnit: null,
      plan: 'tb458',
    },
    {
      id: 'T3',
      title: 'Dự án IPTV',
      titleEn: 'IPTV project',
      kind: 'TASK',
      status: 'AT_RISK' as const,
      start: null,
      due: null,
      leadUnit: null,
      plan: 'tb458',
    },
  ];
  return {
    asOf: '2019-06-30',
    scopeLabel: vi.t('briefing.scope.ministry'),
    total: { ...NO_TASKS, count: 12, done: 3, doneOnTime: 2, doneLate: 1, overdue: 2, atRisk: 1, open: 5, unknown: 1 },
    plans: planProgress({
      plans,
      stats: [
        { ...NO_TASKS, key: { plan: 'tb458' }, count: 4, overdue: 2, atRisk: 1, open: 1 },
        { ...NO_TASKS, key: { plan: 'nq36' }, count: 5, done: 3, doneOnTime: 2, doneLate: 1, open: 2 },
        { ...NO_TASKS, key: { plan: 'insp' }, count: 3, open: 2, unknown: 1 },
      ],
    }),
    late: lateTasks({ rows, asOf: '2019-06-30' }),
    scorecard: unitScorecard({
      stats: [
        { ...NO_TASKS, key: { leadUnit: 'TTCNTT' }, count: 4, overdue: 1, open: 3 },
        { ...NO_TASKS, key: { leadUnit: null }, count: 8, overdue: 1, atRisk: 1, open: 6 },
      ],
      units: [],
    }),
    changes: { from: '2018-06-30', to: '2019-06-30', added: 8, finished: 3, slipped: 1, moved: 0, removed: 0 },
    ...overrides,
  };
}

describe('the written summary', () => {
  it('says in Vietnamese, with dd/MM/yyyy dates, how the roadmap stands, what is late, who leads it and what changed', () => {
    const sentences = briefingSummary(vi, input());
    expect(sentences).toEqual([
      'Tính đến ngày 30/06/2019, toàn Bộ có 12 nhiệm vụ trên lộ trình: 3 đã hoàn thành (2 đúng hạn, 1 muộn), 2 quá hạn, 1 có nguy cơ chậm, 5 đang hoặc chưa triển khai và 1 chưa rõ trạng thái.',
      'Xếp hạng các kế hoạch: 1 Đỏ, 2 Xanh. Xếp hạng Đỏ: “Kết luận 458/TB-VP”.',
      'Quá hạn lâu nhất: “Hoàn tất 7 tiêu chí” (TTCNTT, trễ 2058 ngày); “Báo cáo CPNet” (nguồn không nêu đơn vị chủ trì, trễ 2007 ngày).',
      '1 nhiệm vụ có nguy cơ chậm: “Dự án IPTV” (nguồn không nêu đơn vị chủ trì).',
      'Đơn vị chủ trì có nhiều nhiệm vụ quá hạn nhất: TTCNTT (1).',
      '1 nhiệm vụ quá hạn chưa được nguồn nêu đơn vị chủ trì.',
      'Từ 30/06/2018 đến 30/06/2019: 8 nhiệm vụ được giao thêm, 3 hoàn thành, 1 chậm thêm, 0 dời lịch, 0 bị bỏ.',
    ]);
  });

  it('says the same in English with English titles and singulars where the count is one', () => {
    const sentences = briefingSummary(en, input({ scopeLabel: en.t('briefing.scope.ministry') }));
    expect(sentences[0]).toBe(
      'As of 30 Jun 2019, the whole Ministry has 12 tasks on the roadmap: 3 done (2 on time, 1 late), 2 overdue, 1 at risk, 5 planned or in progress and 1 of unknown status.',
    );
    expect(sentences[1]).toBe('Plan ratings: 1 Red, 2 Green. Rated red: “Conclusions 458/TB-VP”.');
    expect(sentences[3]).toBe('1 task at risk: “IPTV project” (no lead unit named by the sources).');
    expect(sentences[5]).toBe('1 overdue task has no lead unit named by the sources.');
  });

  it('says plainly when nothing is overdue and nothing changed', () => {
    const sentences = briefingSummary(
      vi,
      input({
        late: [],
        scorecard: [],
        changes: { from: '2013-01-01', to: '2013-06-30', added: 0, finished: 0, slipped: 0, moved: 0, removed: 0 },
      }),
    );
    expect(sentences).toContain('Không có nhiệm vụ nào quá hạn.');
    expect(sentences).toContain('Từ 01/01/2013 đến 30/06/2013, lộ trình không thay đổi.');
  });

  it('names at most three items per sentence', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({
      id: `X${i}`,
      title: `Việc ${i}`,
      titleEn: null,
      kind: 'TASK',
      status: 'OVERDUE' as const,
      start: null,
      due: '2019-01-0' + (i + 1),
      leadUnit: 'VP',
      plan: null,
    }));
    const sentence = briefingSummary(vi, input({ late: lateTasks({ rows, asOf: '2019-06-30' }) })).find((s) =>
      s.startsWith('Quá hạn lâu nhất'),
    )!;
    expect(sentence.match(/“/g)).toHaveLength(3);
  });

  it('has a single sentence when the scope has no tasks on the day', () => {
    expect(briefingSummary(vi, input({ total: NO_TASKS, asOf: '2013-01-01', scopeLabel: 'kế hoạch “X”' }))).toEqual([
      'Tính đến ngày 01/01/2013, kế hoạch “X” chưa có nhiệm vụ nào trên lộ trình.',
    ]);
  });

  it('leaves the change sentence out while the comparison is not known', () => {
    expect(briefingSummary(vi, input({ changes: null })).some((s) => s.startsWith('Từ '))).toBe(false);
  });
});
