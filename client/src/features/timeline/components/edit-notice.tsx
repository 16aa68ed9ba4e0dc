import { memo } from 'react';
import { useI18n, type I18n } from '../../../i18n/i18n.js';
import type { CommandKind, EditAnnouncement, EditNotice as Notice } from '../model/edit-feedback.js';

const KNOWN_CODES = new Set(['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT']);
const LINK_PROBLEMS = new Set(['LINK_SELF', 'LINK_DUPLICATE', 'LINK_CYCLE']);
/** Changes to a task's own values: a refusal with a known code says it in words. */
const VALUE_CHANGES = new Set<CommandKind>(['edit', 'update']);
/** What a saved change other than a move or a progress says. */
const SAVED: Partial<Record<CommandKind, string>> = {
  create: 'timeline.live.created',
  link: 'timeline.live.linked',
  unlink: 'timeline.live.unlinked',
  relink: 'timeline.live.relinked',
  update: 'timeline.live.updated',
};

export interface EditNoticeProps {
  notice: Notice | null;
  announcement: EditAnnouncement | null;
  onDismiss: () => void;
  onReload?: () => void;
}

type Text = Pick<I18n, 't' | 'pick'>;

/** Why a change was refused, in the words of what was tried. */
export function noticeText({ notice, i18n }: { notice: Notice; i18n: Text }): string {
  const { t, pick } = i18n;
  const title = pick(notice.title, notice.titleEn);
  const other = notice.other ? pick(notice.other.title, notice.other.titleEn) : '';
  if (LINK_PROBLEMS.has(notice.code)) return t(`timeline.error.${notice.code}`, { title, other });
  if (notice.kind === 'link' && notice.code === 'BAD_USER_INPUT') return t('timeline.error.link', { title, other, message: notice.message });
  if (notice.code === 'CONFLICT' || (VALUE_CHANGES.has(notice.kind) && KNOWN_CODES.has(notice.code))) return t(`timeline.error.${notice.code}`, { title });
  if (notice.kind === 'edit') return t('timeline.error.generic', { title, code: notice.code });
  return t('timeline.error.change', { title, code: notice.code });
}

function announcementText({ announcement, i18n }: { announcement: EditAnnouncement; i18n: Pick<I18n, 't' | 'pick' | 'formatDate'> }): string {
  const { t, pick, formatDate } = i18n;
  const title = pick(announcement.title, announcement.titleEn);
  if (announcement.kind !== 'saved') return t(`timeline.live.${announcement.kind}`, { title });
  const { values } = announcement;
  const saved = SAVED[announcement.command];
  if (saved) return t(saved, { title });
  if (!values) return '';
  return t('timeline.live.saved', {
    title,
    start: formatDate(values.start),
    due: formatDate(values.due),
    progress: values.progress === null ? t('timeline.bar.noProgress') : t('timeline.bar.progress', { progress: values.progress }),
  });
}

/** Why a change was refused (with "Reload" after a CONFLICT), and a polite live region for saved changes. */
export const EditNotice = memo(function EditNotice({ notice, announcement, onDismiss, onReload }: EditNoticeProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <div className="tl-visually-hidden" role="status" aria-live="polite">
        {announcement ? announcementText({ announcement, i18n }) : ''}
      </div>
      {notice && (
        <div className="tl-notice" role="alert" data-error-code={notice.code}>
          <p className="tl-notice__text">{noticeText({ notice, i18n })}</p>
          {notice.code === 'CONFLICT' && onReload && (
            <button
              type="button"
              className="tl-button tl-button--primary"
              onClick={() => {
                onDismiss();
                onReload();
              }}
            >
              {t('timeline.reload')}
            </button>
          )}
          <button type="button" className="tl-button" onClick={onDismiss}>
            {t('timeline.dismiss')}
          </button>
        </div>
      )}
    </>
  );
});
