import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseTimelineState, serializeTimelineState } from '../../../client/src/features/timeline/model/url-state.js';
import type { TimelineViewState } from '../../../client/src/features/timeline/model/types.js';

describe('url state', () => {
  it('defaults to the whole roadmap fitted to the screen', () => {
    expect(parseTimelineState({ params: new URLSearchParams('') })).toEqual(DEFAULT_VIEW_STATE);
    expect(DEFAULT_VIEW_STATE).toMatchObject({ zoom: 'FIT', start: null, pxPerDay: null });
    expect(serializeTimelineState({ state: DEFAULT_VIEW_STATE }).toString()).toBe('');
  });

  it('round-trips every field', () => {
    const state: TimelineViewState = {
      zoom: 'MONTH',
      pxPerDay: 6.5,
      start: '2019-03-07',
      grouping: 'leadUnit',
      filters: {
        units: ['TTCNTT', 'VP'],
        plan: 'p1',
        status: ['OVERDUE', 'AT_RISK'],
        document: '458/TB-VP',
        from: '2019-01-01',
        to: '2020-12-31',
      },
      search: 'chuyển đổi số',
      lang: 'en',
      selected: 'VGFzazox',
    };
    const params = serializeTimelineState({ state });
    expect(params.get('doc')).toBe('458/TB-VP');
    expect(parseTimelineState({ params: new URLSearchParams(params.toString()) })).toEqual(state);
  });

  it('keeps other parameters', () => {
    const params = serializeTimelineState({
      state: { ...DEFAULT_VIEW_STATE, zoom: 'YEAR' },
      base: new URLSearchParams('asOf=2019-01-01&zoom=week'),
    });
    expect(params.toString()).toBe('asOf=2019-01-01&zoom=year');
  });

  it('tolerates bad values', () => {
    const state = parseTimelineState({
      params: new URLSearchParams(
        'zoom=decade&scale=-3&start=2019-02-30&group=colour&status=LATE,done_late&from=2020-01-01&to=2019-01-01&lang=fr&unit=,,VP,VP',
      ),
    });
    expect(state).toMatchObject({
      zoom: 'FIT',
      pxPerDay: null,
      start: null,
      grouping: 'none',
      lang: 'vi',
      filters: { status: ['DONE_LATE'], from: '2019-01-01', to: '2020-01-01', units: ['VP'] },
    });
    expect(parseTimelineState({ params: new URLSearchParams('scale=99999&zoom=Week') })).toMatchObject({ zoom: 'WEEK', pxPerDay: 64 });
    expect(parseTimelineState({ params: new URLSearchParams(`q=${'a'.repeat(500)}`) }).search).toHaveLength(200);
  });
});
