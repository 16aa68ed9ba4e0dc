import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import { draftOf, isEmptyUpdate, validateTaskEdit, type EditableTask, type TaskEditDraft, type TaskEditErrors, type TaskEditField, type TaskUpdateInput } from '../model/task-edit.js';

export interface TaskEditFormProps {
  task: EditableTask;
  units: readonly { code: string; name: string; nameEn: string | null }[];
  /** Rejects with an Error carrying the GraphQL `code` (CONFLICT, BAD_USER_INPUT …) and the server's message. */
  onSave: (input: TaskUpdateInput) => Promise<void>;
  onCancel: () => void;
  /** After a CONFLICT: loads the latest version (the form then starts again from it). */
  onReload: () => Promise<void>;
}

interface Failure {
  code: string;
  message: string;
}

/** Editing a task: titles, dates, lead unit and progress, checked as the server would, saved through `updateTask`. */
export function TaskEditForm({ task, units, onSave, onCancel, onReload }: TaskEditFormProps) {
  const { t, pick, formatDate } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<TaskEditDraft>(() => draftOf({ task }));
  const [errors, setErrors] = useState<TaskEditErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const result = validateTaskEdit({ draft, task });
    setErrors(result.errors);
    setFailure(null);
    if (!result.input) return;
    if (isEmptyUpdate({ input: result.input })) return onCancel();
    setBusy(true);
    try {
      await onSave(result.input);
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      setFailure({ code: code ?? 'INTERNAL_SERVER_ERROR', message: message ?? '' });
    } finally {
      setBusy(false);
    }
  };
  const reload = async () => {
    setBusy(true);
    try {
      await onReload();
    } finally {
      setBusy(false);
    }
  };

  const field = (name: TaskEditField) => ({
    id: `${id}-${name}`,
    value: draft[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [name]: event.target.value })),
  });
  const label = (name: TaskEditField) => <label htmlFor={`${id}-${name}`}>{t(`detail.edit.${name}`)}</label>;
  const error = (name: TaskEditField) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="task-edit__error">
        {t(errors[name], {
          max: LIMITS.titleMaxLength,
          earliest: formatDate(LIMITS.earliestDate),
          latest: formatDate(LIMITS.latestDate),
          min: LIMITS.progressMin,
          maxProgress: LIMITS.progressMax,
        })}
      </p>
    ) : null;

  return (
    <form className="task-edit" onSubmit={submit} noValidate aria-label={t('detail.edit.form')}>
      {label('title')}
      <input {...field('title')} className="task-edit__input" maxLength={LIMITS.titleMaxLength} required />
      {error('title')}
      {label('titleEn')}
      <input {...field('titleEn')} className="task-edit__input" maxLength={LIMITS.titleMaxLength} lang="en" />
      {error('titleEn')}
      <div className="task-edit__pair">
        <div>
          {label('start')}
          <input {...field('start')} type="date" className="task-edit__input" min={LIMITS.earliestDate} max={LIMITS.latestDate} />
          {error('start')}
        </div>
        <div>
          {label('due')}
          <input {...field('due')} type="date" className="task-edit__input" min={draft.start || LIMITS.earliestDate} max={LIMITS.latestDate} />
          {error('due')}
        </div>
      </div>
      {label('leadUnit')}
      <select {...field('leadUnit')} className="task-edit__input">
        <option value="">{t('detail.edit.noUnit')}</option>
        {units.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {unit.code} — {pick(unit.name, unit.nameEn)}
          </option>
        ))}
      </select>
      {error('leadUnit')}
      {label('progress')}
      <input {...field('progress')} type="number" inputMode="numeric" className="task-edit__input task-edit__progress" min={LIMITS.progressMin} max={LIMITS.progressMax} step={1} />
      {error('progress')}
      {failure && (
        <div className="task-edit__failure" role="alert" data-error-code={failure.code}>
          <p>
            {failure.code === 'CONFLICT'
              ? t('detail.edit.conflict')
              : failure.code === 'BAD_USER_INPUT' || failure.code === 'NOT_FOUND'
                ? t('detail.edit.refused', { message: failure.message })
                : t('detail.edit.failed', { code: failure.code, message: failure.message })}
          </p>
          {failure.code === 'CONFLICT' && (
            <button type="button" className="task-edit__button task-edit__button--primary" onClick={() => void reload()} disabled={busy}>
              {t('detail.edit.reload')}
            </button>
          )}
        </div>
      )}
      <div className="task-edit__actions">
        <button type="submit" className="task-edit__button task-edit__button--primary" disabled={busy}>
          {t('detail.edit.save')}
        </button>
        <button type="button" className="task-edit__button" onClick={onCancel}>
          {t('detail.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
