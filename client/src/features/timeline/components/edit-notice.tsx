import { useI18n } from '../../../i18n/i18n.js';
import type { EditAnnouncement, EditNotice as Notice } from '../hooks/use-edits.js';

const KNOWN_CODES = new Set(['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT']);

export interface EditNoticeProps {
  notice: Notice | null;
  announcement: EditAnnouncement | null;
  onDismiss: () => void;
  onReload?: () => void;
}

/** Why an edit was refused (with "Reload" after a CONFLICT), and a polite live region for saved edits. */
export function EditNotice({ notice, announcement, onDismiss, onReload }: EditNoticeProps) {
  const { t, formatDate, pick } = useI18n();
  const live = announcement
    ? announcement.kind === 'saved'
      ? t('timeline.live.saved', {
          title: pick(announcement.title, announcement.titleEn),
          start: formatDate(announcement.values.start),
          due: formatDate(announcement.values.due),
          progress: announcement.values.progress === null ? t('timeline.bar.noProgress') : t('timeline.bar.progress', { progress: announcement.values.progress }),
        })
      : t(`timeline.live.${announcement.kind}`, { title: pick(announcement.title, announcement.titleEn) })
    : '';
  return (
    <>
      <div className="tl-visually-hidden" role="status" aria-live="polite">
        {live}
      </div>
      {notice && (
        <div className="tl-notice" role="alert" data-error-code={notice.code}>
          <p className="tl-notice__text">
            {KNOWN_CODES.has(notice.code)
              ? t(`timeline.error.${notice.code}`, { title: pick(notice.title, notice.titleEn) })
              : t('timeline.error.generic', { title: pick(notice.title, notice.titleEn), code: notice.code })}
          </p>
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
}
