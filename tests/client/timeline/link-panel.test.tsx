import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createI18n, I18nProvider } from '../../../client/src/i18n/i18n.js';
import { LinkPanel } from '../../../client/src/features/timeline/components/link-panel.js';
import { noticeText } from '../../../client/src/features/timeline/components/edit-notice.js';
import { timelineMessages } from '../../../client/src/features/timeline/index.js';
import { makeTask } from './fixtures.js';

const tasks = [
  makeTask({ id: 'a', title: 'Xây dựng CSDL' }),
  makeTask({
    id: 'b',
    title: 'Vận hành CSDL',
    dependencies: [{ id: 'TaskDependency:3', toTaskId: 'a', type: 'START_TO_START', lagDays: 7 }],
  }),
];

function render(onChangeLink?: () => void): string {
  return renderToString(
    <I18nProvider lang="vi" messages={timelineMessages}>
      <LinkPanel
        tasks={tasks}
        selected="b"
        linkFrom={null}
        onUnlink={() => undefined}
        onChangeLink={onChangeLink}
        onCancelLink={() => false}
      />
    </I18nProvider>,
  );
}

describe('the link list', () => {
  it('offers each dependency’s kind and lag in a form named after the link, with the link’s values', () => {
    const html = render(() => undefined);
    expect(html).toContain('aria-label="Sửa liên kết: “Vận hành CSDL” bắt đầu sau khi “Xây dựng CSDL” bắt đầu (độ trễ 7 ngày)"');
    expect(html).toMatch(/<option value="START_TO_START" selected="">Bắt đầu → bắt đầu \(SS\)<\/option>/);
    expect(html.match(/<option /g)).toHaveLength(4);
    expect(html).toMatch(/<label for="[^"]+">Độ trễ \(ngày\)<\/label><input [^>]*type="number"[^>]*value="7"/);
  });

  it('offers no form when the owner cannot change a dependency', () => {
    expect(render()).not.toContain('Sửa liên kết');
  });
});

describe('refusals of the new kinds of change', () => {
  const i18n = createI18n('vi', timelineMessages);
  const notice = { seq: 1, message: '', taskId: 'b', title: 'Vận hành CSDL', titleEn: null, other: null };
  it('says a side-panel update met a conflict or a refusal in words, and a dependency change by its code', () => {
    expect(noticeText({ notice: { ...notice, code: 'CONFLICT', kind: 'update' }, i18n })).toContain('vừa được người khác sửa');
    expect(noticeText({ notice: { ...notice, code: 'BAD_USER_INPUT', kind: 'update' }, i18n })).toBe(
      'Máy chủ không nhận giá trị mới của “Vận hành CSDL”. Thay đổi chưa được lưu.',
    );
    expect(noticeText({ notice: { ...notice, code: 'NOT_FOUND', kind: 'relink' }, i18n })).toBe(
      'Không lưu được thay đổi của “Vận hành CSDL” (mã lỗi NOT_FOUND).',
    );
  });
});
