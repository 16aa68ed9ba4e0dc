import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../client/src/i18n/i18n.js';
import { DEFAULT_VIEW_STATE, TimelineView, timelineMessages, type TimelineViewState } from '../../../client/src/features/timeline/index.js';
import { makeTask } from './fixtures.js';

const noop = async () => undefined;

function render(state: Partial<TimelineViewState> = {}, lang: 'vi' | 'en' = 'vi'): string {
  const tasks = [
    makeTask({
      id: 'VGFzazox',
      title: 'Xây dựng Kiến trúc Chính phủ điện tử',
      titleEn: 'Build the e-government architecture',
      status: 'OVERDUE',
      progress: 40,
      start: '2013-03-01',
      due: '2014-06-30',
    }),
    makeTask({ id: 'VGFzazoy', title: 'Mốc công bố', kind: 'MILESTONE', start: null, due: '2019-06-13', status: 'DONE_ON_TIME' }),
    makeTask({ id: 'VGFzazoz', title: 'Chưa rõ ngày', start: null, due: null, status: 'UNKNOWN' }),
  ];
  return renderToString(
    <I18nProvider lang={lang} messages={timelineMessages}>
      <TimelineView
        tasks={tasks}
        markers={[{ id: 'm1', date: '2013-11-01', label: '458/TB-VP', title: 'Thông báo kết luận', kind: 'DOCUMENT' }]}
        today="2025-06-15"
        state={{ ...DEFAULT_VIEW_STATE, ...state }}
        onStateChange={() => undefined}
        onReschedule={noop}
        onSetProgress={noop}
        onSelect={() => undefined}
      />
    </I18nProvider>,
  );
}

describe('TimelineView (server-rendered markup)', () => {
  const html = render();

  it('shows the years 2013 … 2025 as text on the time axis', () => {
    for (let year = 2013; year <= 2025; year += 1) expect(html).toContain(`>${year}</span>`);
    expect(html).not.toContain('>2026</span>');
  });

  it('gives every bar a role, a Tab stop or -1, data-task-id and an accessible name with title, dates and status', () => {
    expect(html).toMatch(
      /role="button" tabindex="0" aria-label="Xây dựng Kiến trúc Chính phủ điện tử, 01\/03\/2013 – 30\/06\/2014, Quá hạn, tiến độ 40%"[^>]*data-task-id="VGFzazox"/,
    );
    expect(html).toContain('aria-label="Mốc Mốc công bố, 13/06/2019, Hoàn thành đúng hạn"');
    expect(html).toMatch(/aria-label="Chưa rõ ngày: chưa rõ thời gian, Chưa rõ"[^>]*data-task-id="VGFzazoz"/);
  });

  it('names the zoom buttons and the grouping select, and marks the document with a title', () => {
    for (const name of ['Xem theo năm', 'Xem theo quý', 'Xem theo tháng', 'Xem theo tuần', 'Xem toàn bộ lộ trình 2013–2025 vừa màn hình'])
      expect(html).toContain(`aria-label="${name}"`);
    expect(html).toContain('<title>Văn bản 458/TB-VP: Thông báo kết luận, 01/11/2013</title>');
    expect(html).toMatch(/<select[^>]*id="[^"]+"/);
  });

  it('offers the filters with Vietnamese names, and no editing controls the owner cannot carry out', () => {
    for (const name of ['Đơn vị chủ trì', 'Trạng thái']) expect(html).toMatch(new RegExp(`<span class="tl-menu__label">${name}(<!-- -->)?:</span>`));
    for (const label of ['Kế hoạch', 'Văn bản, sự kiện giao', 'Từ ngày', 'Đến hết ngày']) expect(html).toMatch(new RegExp(`<label for="[^"]+">${label}</label>`));
    expect(html).toContain('role="group" aria-label="Bộ lọc"');
    expect(html).toContain('role="group" aria-label="Trục thời gian"');
    // No onCreateTask, no onAddDependency: no "Thêm nhiệm vụ", no link connectors.
    expect(html).not.toContain('Thêm nhiệm vụ');
    expect(html).not.toContain('tl-bar--linkable');
  });

  it('speaks English when asked', () => {
    const en = render({}, 'en');
    expect(en).toContain('aria-label="Build the e-government architecture, 1 Mar 2013 – 30 Jun 2014, Overdue, 40% done"');
    expect(en).toContain('aria-label="Zoom to years"');
  });
});

describe('timelineMessages', () => {
  it('has the same keys in Vietnamese and English, all prefixed timeline.', () => {
    expect(Object.keys(timelineMessages.en).sort()).toEqual(Object.keys(timelineMessages.vi).sort());
    expect(Object.keys(timelineMessages.vi).every((key) => key.startsWith('timeline.'))).toBe(true);
  });
});
