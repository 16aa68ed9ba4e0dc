import { useI18n } from '../../../i18n/i18n.js';
import { CHANGE_KINDS, type RoadmapChange, type RoadmapDiff } from '../model/roadmap-diff.js';

export interface ChangeListProps {
  diff: RoadmapDiff;
  /** Heading level of each kind's title, below the section's heading. */
  headingLevel?: 3 | 4;
}

function ChangeDetail({ change }: { change: RoadmapChange }) {
  const { t, formatDate } = useI18n();
  const status = (value: string) => t(`replay.status.${value}`);
  const parts: string[] = [];
  const { before, after } = change;
  if (change.kind === 'moved' && before && after) {
    if (before.start !== after.start)
      parts.push(t('compare.startChange', { before: formatDate(before.start), after: formatDate(after.start) }));
    if (before.due !== after.due) parts.push(t('compare.dueChange', { before: formatDate(before.due), after: formatDate(after.due) }));
  } else if (before && after) {
    parts.push(t('compare.statusChange', { before: status(before.status), after: status(after.status) }));
  } else if (after) {
    parts.push(t('compare.newStatus', { status: status(after.status) }));
  }
  if (change.leadUnit) parts.push(t('compare.lead', { unit: change.leadUnit }));
  return <span className="compare-detail"> — {parts.join('; ')}</span>;
}

/** The changes between two days, one list per kind (added, finished, slipped, moved, removed); empty kinds are left out. */
export function ChangeList({ diff, headingLevel = 4 }: ChangeListProps) {
  const { t, pick, formatDate } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (diff.changedTasks === 0) return <p>{t('compare.none', { from: formatDate(diff.from), to: formatDate(diff.to) })}</p>;
  return (
    <div className="change-list">
      <p>{t('compare.summary', { count: diff.changedTasks, from: formatDate(diff.from), to: formatDate(diff.to) })}</p>
      {CHANGE_KINDS.filter((kind) => diff.changes[kind].length > 0).map((kind) => (
        <section key={kind} data-change-kind={kind}>
          <Heading>{t('compare.kindCount', { kind: t(`compare.kind.${kind}`), count: diff.changes[kind].length })}</Heading>
          <ul>
            {diff.changes[kind].map((change) => (
              <li key={change.id} data-task-id={change.id}>
                {pick(change.title, change.titleEn)}
                <ChangeDetail change={change} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
