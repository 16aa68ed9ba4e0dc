import { describe, expect, it } from 'vitest';
import { buildSearchIndex, filterTasks, searchTasks } from '../../../client/src/features/timeline/model/filter.js';
import { EMPTY_FILTERS } from '../../../client/src/features/timeline/model/url-state.js';
import { makeTask } from './fixtures.js';

const ttcntt = { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', nameEn: 'Information Technology Centre' };
const vp = { code: 'VP', name: 'Văn phòng Bộ', nameEn: 'Ministry Office' };
const tasks = [
  makeTask({
    id: 'a',
    title: 'Xây dựng Kiến trúc Chính phủ điện tử',
    titleEn: 'E-government architecture',
    leadUnit: ttcntt,
    status: 'OVERDUE',
    plan: { id: 'p1', title: 'P1', titleEn: null },
    start: '2013-06-01',
    due: '2014-01-01',
  }),
  makeTask({
    id: 'b',
    title: 'Chuyển đổi số ngành văn hóa',
    titleEn: null,
    leadUnit: vp,
    status: 'IN_PROGRESS',
    assignedBy: { id: 'doc1', label: '458/TB-VP' },
    start: '2022-01-01',
    due: '2025-12-31',
  }),
  makeTask({ id: 'c', title: 'Đào tạo cán bộ', titleEn: 'Staff training', leadUnit: null, status: 'PLANNED', start: null, due: null }),
];

describe('filterTasks', () => {
  it('returns the same list when nothing filters', () => {
    expect(filterTasks({ tasks, filters: EMPTY_FILTERS })).toBe(tasks);
  });

  it('filters by units, plan, status, document and date window', () => {
    const ids = (filters: Partial<typeof EMPTY_FILTERS>) =>
      filterTasks({ tasks, filters: { ...EMPTY_FILTERS, ...filters } }).map((t) => t.id);
    expect(ids({ units: ['VP', 'TTCNTT'] })).toEqual(['a', 'b']);
    expect(ids({ plan: 'p1' })).toEqual(['a']);
    expect(ids({ status: ['PLANNED', 'OVERDUE'] })).toEqual(['a', 'c']);
    expect(ids({ document: '458/TB-VP' })).toEqual(['b']);
    expect(ids({ document: 'doc1' })).toEqual(['b']);
    expect(ids({ from: '2014-01-01', to: '2020-01-01' })).toEqual(['a']);
    expect(ids({ from: '2024-01-01' })).toEqual(['b']);
    expect(ids({ units: ['VP'], status: ['OVERDUE'] })).toEqual([]);
  });
});

describe('searchTasks', () => {
  const index = buildSearchIndex({ tasks });
  const ids = ['c', 'b', 'a'];
  it('ignores case and Vietnamese diacritics, in row order', () => {
    expect(searchTasks({ index, query: 'CHUYEN DOI SO', ids })).toEqual(['b']);
    expect(searchTasks({ index, query: 'đào tạo', ids })).toEqual(['c']);
    expect(searchTasks({ index, query: 'dien tu', ids })).toEqual(['a']);
  });

  it('searches English titles and lead units; every word must match', () => {
    expect(searchTasks({ index, query: 'training', ids })).toEqual(['c']);
    expect(searchTasks({ index, query: 'van phong', ids })).toEqual(['b']);
    expect(searchTasks({ index, query: 'ttcntt kiến trúc', ids })).toEqual(['a']);
    expect(searchTasks({ index, query: 'ttcntt văn hóa', ids })).toEqual([]);
    expect(searchTasks({ index, query: '  ', ids })).toEqual([]);
  });
});
