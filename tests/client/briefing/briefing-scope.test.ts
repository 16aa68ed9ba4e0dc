import { describe, expect, it } from 'vitest';
import { parseScope, scopeFilter, withScope } from '../../../client/src/features/briefing/model/briefing-scope.js';
import { taskExportUrl } from '../../../client/src/features/briefing/model/export-links.js';
import { exportFileName } from '../../../client/src/lib/export-file-name.js';

describe('the briefing scope in the URL', () => {
  it('reads one plan and one lead unit, and means the whole Ministry when neither is given', () => {
    expect(parseScope(new URLSearchParams(''))).toEqual({ plan: null, unit: null });
    expect(parseScope(new URLSearchParams('plan=dx-plan-2022&unit=TTCNTT,VP'))).toEqual({ plan: 'dx-plan-2022', unit: 'TTCNTT' });
    expect(parseScope(new URLSearchParams('plan=%20%20'))).toEqual({ plan: null, unit: null });
  });

  it('writes the scope and keeps the other parameters', () => {
    const params = withScope(new URLSearchParams('asOf=2019-06-30&lang=en&unit=VP'), { plan: 'a', unit: null });
    expect(params.toString()).toBe('asOf=2019-06-30&lang=en&plan=a');
  });

  it('turns the scope into a TaskFilter by plan and lead unit', () => {
    expect(scopeFilter({ plan: null, unit: null })).toBeNull();
    expect(scopeFilter({ plan: 'a', unit: null })).toEqual({ plan: ['a'] });
    expect(scopeFilter({ plan: 'a', unit: 'VP' })).toEqual({ plan: ['a'], leadUnit: ['VP'] });
  });
});

describe('export links', () => {
  it('points at the server’s task export with the filter as JSON and the day', () => {
    expect(taskExportUrl({ format: 'csv', filter: null, asOf: null })).toBe('/api/tasks.csv');
    const url = new URL(taskExportUrl({ format: 'csv', filter: { leadUnit: ['BCĐ-CĐS'] }, asOf: '2019-06-30' }), 'http://x');
    expect(url.pathname).toBe('/api/tasks.csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ leadUnit: ['BCĐ-CĐS'] });
    expect(url.searchParams.get('asOf')).toBe('2019-06-30');
  });

  it('names files in ASCII, Vietnamese letters folded', () => {
    expect(exportFileName({ what: 'nhiem-vu', asOf: '2019-06-30', scope: [null, 'BCĐ-CĐS'], ext: 'csv' })).toBe(
      'lo-trinh-nhiem-vu-2019-06-30-BCD-CDS.csv',
    );
  });
});
