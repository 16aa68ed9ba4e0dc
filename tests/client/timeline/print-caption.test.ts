import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../client/src/i18n/i18n.js';
import { timelineMessages } from '../../../client/src/features/timeline/messages.js';
import { filterOptions } from '../../../client/src/features/timeline/model/filter-options.js';
import { printCaption } from '../../../client/src/features/timeline/model/print-caption.js';
import { EMPTY_FILTERS } from '../../../client/src/features/timeline/model/url-state.js';
import { makeTask } from './fixtures.js';

const tasks = [
  makeTask({
    id: 'a',
    leadUnit: { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', nameEn: 'IT Centre' },
    plan: { id: 'dx-2022', title: 'Kế hoạch chuyển đổi số 2022', titleEn: 'Digital transformation plan 2022' },
    assignedBy: { id: 'Document:1', label: '458/TB-VP', kind: 'DOCUMENT' },
  }),
];
const base = { grouping: 'none', filters: EMPTY_FILTERS, search: '', matchCount: 0, collapsedCount: 0, shown: 1, total: 1 } as const;
const vi = createI18n('vi', timelineMessages);
const en = createI18n('en', timelineMessages);
const options = filterOptions({ tasks });

describe('printCaption', () => {
  it('says "every task" when nothing narrows the view', () => {
    expect(printCaption({ ...base, filterOptions: options, text: vi })).toEqual(['Tất cả nhiệm vụ']);
  });

  it('names the grouping, each filter by what it keeps, the date window, the search and the collapsed rows', () => {
    const caption = printCaption({
      ...base,
      grouping: 'plan',
      filters: {
        units: ['TTCNTT', 'VP'],
        plan: 'dx-2022',
        status: ['OVERDUE', 'AT_RISK'],
        document: '458/TB-VP',
        from: '2019-01-01',
        to: '2019-12-31',
      },
      search: ' cổng ',
      matchCount: 3,
      collapsedCount: 2,
      shown: 12,
      total: 73,
      filterOptions: options,
      text: vi,
    });
    expect(caption).toEqual([
      'Nhóm theo: Kế hoạch',
      'Đơn vị chủ trì: TTCNTT, VP',
      'Kế hoạch: Kế hoạch chuyển đổi số 2022',
      'Trạng thái: Quá hạn, Có nguy cơ chậm',
      'Văn bản, sự kiện giao: 458/TB-VP',
      'Thời gian: từ 01/01/2019 đến hết 31/12/2019',
      'Hiển thị 12/73 nhiệm vụ',
      'Tìm “cổng”: 3 kết quả (tô nền vàng)',
      '2 dòng đang thu gọn',
    ]);
  });

  it('writes English, with plan titles and dates in English, and a window open at one end', () => {
    const caption = printCaption({
      ...base,
      filters: { ...EMPTY_FILTERS, plan: 'dx-2022', to: '2020-06-30' },
      filterOptions: options,
      text: en,
    });
    expect(caption).toEqual(['Plan: Digital transformation plan 2022', 'Dates: until 30 Jun 2020', 'Showing 1 of 1 tasks']);
    expect(printCaption({ ...base, filters: { ...EMPTY_FILTERS, from: '2020-01-01' }, filterOptions: options, text: vi })).toContain(
      'Thời gian: từ 01/01/2020',
    );
  });

  it('keeps a filter value it cannot name as it is', () => {
    const caption = printCaption({
      ...base,
      filters: { ...EMPTY_FILTERS, plan: 'gone', document: 'Event:9' },
      filterOptions: options,
      text: vi,
    });
    expect(caption).toContain('Kế hoạch: gone');
    expect(caption).toContain('Văn bản, sự kiện giao: Event:9');
  });
});
