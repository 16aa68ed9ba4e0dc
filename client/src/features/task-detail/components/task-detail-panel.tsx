import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { TASK_DETAIL, type CitationData } from '../api/task-detail.query.js';
import type { TaskUpdateInput } from '../model/task-edit.js';
import { CitationList } from './citation-list.js';
import { TaskEditForm } from './task-edit-form.js';
import '../task-detail.css';

export interface TaskDetailPanelProps {
  taskId: string;
  onClose: () => void;
  /** Opens a seed document at the quote of one of the task's citations. */
  onOpenSource: (citation: CitationData) => void;
  /** Given, the panel offers to edit the task; rejects with an Error carrying the GraphQL `code` when refused. */
  onUpdate?: (input: TaskUpdateInput) => Promise<void>;
  /** Reloads whatever else shows the task (the timeline) after a CONFLICT. */
  onReload?: () => void;
}

/** Everything about one task: its people and dates (and how each is known), its sources, its status history; and an edit form. */
export function TaskDetailPanel({ taskId, onClose, onOpenSource, onUpdate, onReload }: TaskDetailPanelProps) {
  const { t, pick, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(TASK_DETAIL, { variables: { id: taskId } });
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const task = data?.task;
  const known = (value: string) => t(`detail.known.${value}`);
  const save = async (input: TaskUpdateInput) => {
    if (!onUpdate) return;
    await onUpdate(input);
    await refetch();
    setEditing(null);
    setSaved(taskId);
  };
  const reload = async () => {
    await refetch();
    onReload?.();
  };
  return (
    <aside className="task-detail" aria-label={t('detail.title')}>
      <button type="button" className="task-detail-close" onClick={onClose} aria-label={t('detail.close')}>
        ×
      </button>
      {loading && <p role="status">{t('app.loading')}</p>}
      {error && <p role="alert">{t('app.error', { message: error.message })}</p>}
      {task && (
        <>
          <h2>{pick(task.title, task.titleEn)}</h2>
          <p className="task-detail__saved" role="status">
            {saved === taskId && editing !== taskId ? t('detail.edit.saved') : ''}
          </p>
          {onUpdate && editing !== taskId && (
            <button
              type="button"
              className="task-edit__button"
              onClick={() => {
                setSaved(null);
                setEditing(taskId);
              }}
            >
              {t('detail.edit.open')}
            </button>
          )}
          {onUpdate && editing === taskId && (
            <TaskEditForm
              key={task.version}
              task={task}
              units={data?.units.nodes ?? []}
              onSave={save}
              onCancel={() => setEditing(null)}
              onReload={reload}
            />
          )}
          <dl>
            <dt>{t('detail.status')}</dt>
            <dd>{t(`timeline.status.${task.status}`)}</dd>
            <dt>{t('detail.leadUnit')}</dt>
            <dd>{task.leadUnit ? `${task.leadUnit.code} — ${pick(task.leadUnit.name, task.leadUnit.nameEn)}` : t('detail.none')}</dd>
            <dt>{t('detail.supportUnits')}</dt>
            <dd>{task.supportUnits.map((unit) => unit.code).join(', ') || t('detail.none')}</dd>
            <dt>{t('detail.plan')}</dt>
            <dd>{task.plan ? pick(task.plan.title, task.plan.titleEn) : t('detail.none')}</dd>
            <dt>{t('detail.assignedBy')}</dt>
            <dd>
              {task.assignedBy?.__typename === 'Document' && `${task.assignedBy.number} — ${task.assignedBy.title}`}
              {task.assignedBy?.__typename === 'Event' && `${formatDate(task.assignedBy.date)} — ${task.assignedBy.title}`}
              {!task.assignedBy && t('detail.none')}
            </dd>
            <dt>{t('detail.start')}</dt>
            <dd>
              {formatDate(task.start)} ({known(task.startKnown)}){task.startBasis && <small> — {task.startBasis}</small>}
            </dd>
            <dt>{t('detail.due')}</dt>
            <dd>
              {formatDate(task.due)} ({known(task.dueKnown)}){task.dueBasis && <small> — {task.dueBasis}</small>}
            </dd>
            <dt>{t('detail.progress')}</dt>
            <dd>{task.progress === null ? t('detail.none') : `${task.progress}%`}</dd>
          </dl>
          {task.ambiguity && (
            <p className="task-detail-ambiguity">
              <strong>{t('detail.ambiguity')}</strong> {task.ambiguity}
            </p>
          )}
          <h3>{t('detail.citations')}</h3>
          <CitationList citations={task.citations} onOpen={onOpenSource} />
          <h3>{t('detail.history')}</h3>
          {task.statusHistory.length === 0 ? (
            <p>{t('detail.noHistory')}</p>
          ) : (
            <ol className="status-history">
              {task.statusHistory.map((observation) => (
                <li key={observation.id}>
                  <strong>{formatDate(observation.observedOn)}</strong> — {t(`detail.observed.${observation.status}`)}: {pick(observation.note, observation.noteEn)}
                  <CitationList citations={observation.citations} onOpen={onOpenSource} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
