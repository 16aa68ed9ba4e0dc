import { LIMITS, OBSERVED_STATUSES, type ObservedStatus } from '@lotrinh/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { Obligation } from '../model/obligations.js';
import type { ItemDraft, ItemErrors } from '../model/report-form.js';

export interface ReportItemFieldsProps {
  obligation: Obligation;
  draft: ItemDraft;
  errors: ItemErrors | undefined;
  onChange: (draft: ItemDraft) => void;
}

/** One task of a unit's report: include it or not, the status, the progress and a note. */
export function ReportItemFields({ obligation, draft, errors, onChange }: ReportItemFieldsProps) {
  const { t, pick, formatDate } = useI18n();
  const ids = { include: useId(), status: useId(), progress: useId(), note: useId(), progressError: useId(), noteError: useId() };
  const { task } = obligation;
  const message = (error: string | undefined) => (error ? t(`reporting.form.error.${error}`, { max: LIMITS.noteMaxLength }) : null);
  const progressError = message(errors?.progress);
  const noteError = message(errors?.note);
  return (
    <fieldset className="report-item" data-task-id={task.id}>
      <legend>{pick(task.title, task.titleEn)}</legend>
      <p className="report-item-meta">
        {t('reporting.form.taskMeta', {
          due: formatDate(task.due),
          status: t(`reporting.taskStatus.${task.status}`),
          state: t(`reporting.state.${obligation.state}`),
        })}
      </p>
      <div className="report-item-include">
        <input
          id={ids.include}
          type="checkbox"
          checked={draft.included}
          onChange={(event) => onChange({ ...draft, included: event.target.checked })}
        />
        <label htmlFor={ids.include}>{t('reporting.form.include')}</label>
      </div>
      <div className="report-item-fields">
        <label htmlFor={ids.status}>{t('reporting.form.status')}</label>
        <select
          id={ids.status}
          value={draft.status}
          disabled={!draft.included}
          onChange={(event) => onChange({ ...draft, status: event.target.value as ObservedStatus })}
        >
          {OBSERVED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`reporting.observed.${status}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.progress}>{t('reporting.form.progress')}</label>
        <input
          id={ids.progress}
          type="number"
          inputMode="numeric"
          min={LIMITS.progressMin}
          max={LIMITS.progressMax}
          step={1}
          value={draft.progress}
          disabled={!draft.included}
          aria-invalid={progressError ? true : undefined}
          aria-describedby={progressError ? ids.progressError : undefined}
          onChange={(event) => onChange({ ...draft, progress: event.target.value })}
        />
        {progressError && (
          <p id={ids.progressError} className="field-error">
            {progressError}
          </p>
        )}
        <label htmlFor={ids.note}>{t('reporting.form.note')}</label>
        <textarea
          id={ids.note}
          lang="vi"
          rows={2}
          maxLength={LIMITS.noteMaxLength}
          value={draft.note}
          disabled={!draft.included}
          required={draft.included}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? ids.noteError : undefined}
          onChange={(event) => onChange({ ...draft, note: event.target.value })}
        />
        {noteError && (
          <p id={ids.noteError} className="field-error">
            {noteError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
