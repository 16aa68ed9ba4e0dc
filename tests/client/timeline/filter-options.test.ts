import { describe, expect, it } from 'vitest';
import { activeFilterCount, assignerFor, filterOptions } from '../../../client/src/features/timeline/model/filter-options.js';
import { EMPTY_FILTERS } from '../../../client/src/features/timeline/model/url-state.js';
import { makeTask } from './fixtures.js';

const ttcntt = { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', nameEn: 'IT Centre' };
const vp = { code: 'VP', name: 'Văn phòng Bộ', nameEn: null };
const plan = { id: 'plan-2022', title: 'Kế hoạch chuyển đổi số năm 2022', titleEn: 'Digital transformation plan 2022' };

describe('filterOptions', () => {
  const tasks = [
    makeTask({ id: '1', leadUnit: vp, plan, assignedBy: { id: 'Document:1', label: '458/TB-VP', kind: 'DOCUMENT' } }),
    makeTask({ id: '2', leadUnit: ttcntt, assignedBy: { id: 'Event:2', label: 'Kiểm tra năm 2018', kind: 'EVENT' } }),
    makeTask({ id: '3', leadUnit: ttcntt, plan, assignedBy: { id: 'Document:1', label: '458/TB-VP', kind: 'DOCUMENT' } }),
    makeTask({ id: '4' }),
  ];
  const options = filterOptions({ tasks });

  it('offers the units, plans, documents and events the tasks have, with their counts', () => {
    expect(options.units.map((unit) => [unit.code, unit.count])).toEqual([
      ['TTCNTT', 2],
      ['VP', 1],
    ]);
    expect(options.plans).toEqual([{ ...plan, count: 2 }]);
    expect(options.assigners.map((option) => [option.kind, option.value, option.count])).toEqual([
      ['DOCUMENT', '458/TB-VP', 2],
      ['EVENT', 'Event:2', 1],
    ]);
  });

  it('finds a document by number or id, as a link may carry either', () => {
    expect(assignerFor({ options: options.assigners, value: '458/TB-VP' })?.id).toBe('Document:1');
    expect(assignerFor({ options: options.assigners, value: 'Document:1' })?.value).toBe('458/TB-VP');
    expect(assignerFor({ options: options.assigners, value: 'nothing' })).toBeNull();
    expect(assignerFor({ options: options.assigners, value: null })).toBeNull();
  });

  it('counts the filters set, a date window once', () => {
    expect(activeFilterCount({ filters: EMPTY_FILTERS })).toBe(0);
    expect(activeFilterCount({ filters: { ...EMPTY_FILTERS, units: ['VP'], status: ['OVERDUE'], from: '2019-01-01', to: '2019-12-31' } })).toBe(3);
  });
});
