import { memo, useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { linksOf, type TaskLink } from '../model/link.js';
import type { LinkSettings, TimelineTask } from '../model/types.js';
import { LinkEditForm } from './link-edit-form.js';

export interface LinkPanelProps {
  tasks: readonly TimelineTask[];
  /** The selected task, whose dependencies are listed. */
  selected: string | null;
  /** The task a keyboard link starts from. */
  linkFrom: string | null;
  /** Given, each dependency gets a "remove" button. */
  onUnlink?: (link: TaskLink) => void;
  /** Given, each dependency's kind and lag can be changed. */
  onChangeLink?: (link: TaskLink, next: LinkSettings) => void;
  onCancelLink: () => void;
}

/**
 * The dependencies of the selected task, each with its kind and lag editable and removable with a named
 * button (the keyboard's and the screen reader's way to them, as arrows are decorative), and what a keyboard
 * link (L) is waiting for.
 */
export const LinkPanel = memo(function LinkPanel({ tasks, selected, linkFrom, onUnlink, onChangeLink, onCancelLink }: LinkPanelProps) {
  const { t, pick } = useI18n();
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const links = useMemo(() => (selected && byId.has(selected) ? linksOf({ taskId: selected, tasks }) : []), [selected, byId, tasks]);
  const name = (id: string) => {
    const task = byId.get(id);
    return task ? pick(task.title, task.titleEn) : id;
  };
  const describe = (link: TaskLink) => {
    const text = t(`timeline.dependency.${link.type}`, { to: `“${name(link.dependentId)}”`, from: `“${name(link.predecessorId)}”` });
    return link.lagDays !== 0 ? t('timeline.dependency.lag', { text, days: link.lagDays }) : text;
  };
  const from = linkFrom !== null ? byId.get(linkFrom) : undefined;
  if (!from && links.length === 0) return null;
  return (
    <div className="tl-links">
      {from && (
        <p className="tl-links__mode" role="status">
          {t('timeline.link.mode', { title: pick(from.title, from.titleEn) })}{' '}
          <button type="button" className="tl-button" onClick={onCancelLink}>
            {t('timeline.link.cancel')}
          </button>
        </p>
      )}
      {links.length > 0 && (
        <section className="tl-links__list" aria-label={t('timeline.link.list', { title: name(selected ?? '') })}>
          <span className="tl-links__heading" aria-hidden="true">
            {t('timeline.link.heading')}
          </span>
          <ul>
            {links.map((link) => (
              <li key={link.id} className="tl-links__item">
                <span>{describe(link)}</span>
                {onChangeLink && (
                  <LinkEditForm key={`${link.type}:${link.lagDays}`} link={link} text={describe(link)} onChange={onChangeLink} />
                )}
                {onUnlink && (
                  <button
                    type="button"
                    className="tl-button tl-button--small"
                    aria-label={t('timeline.link.remove.name', { text: describe(link) })}
                    onClick={() => onUnlink(link)}
                  >
                    {t('timeline.link.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
});
