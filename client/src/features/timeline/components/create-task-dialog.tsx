import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import type { PlanOption, UnitOption } from '../model/filter-options.js';
import { validateNewTask, type NewTaskDraft, type NewTaskErrors, type NewTaskField } from '../model/task-form.js';
import type { CreateTaskInput } from '../model/types.js';

export interface CreateTaskDialogProps {
  /** The form's first values; null keeps the dialog closed. */
  initial: NewTaskDraft | null;
  units: readonly UnitOption[];
  plans: readonly PlanOption[];
  /** Rejects with an Error carrying `code` and `message` when the server refuses. */
  onCreate: (input: CreateTaskInput) => Promise<void>;
  onClose: () => void;
}

/** "Thêm nhiệm vụ": a modal form (title, dates, lead unit, plan), checked as the server would before it is sent. */
export const CreateTaskDialog = memo(function CreateTaskDialog({ initial, units, plans, onCreate, onClose }: CreateTaskDialogProps) {
  const { t, pick } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<NewTaskDraft | null>(initial);
  const [errors, setErrors] = useState<NewTaskErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const [shownFor, setShownFor] = useState(initial);
  if (shownFor !== initial) {
    setShownFor(initial);
    setDraft(initial);
    setErrors({});
    setFailure(null);
  }

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (initial && !dialog.open) dialog.showModal();
    if (!initial && dialog.open) dialog.close();
  }, [initial]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || busy) return;
    const result = validateNewTask({ draft });
    setErrors(result.errors);
    if (!result.input) return;
    setBusy(true);
    setFailure(null);
    try {
      await onCreate(result.input);
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      setFailure(t('timeline.form.failed', { code: code ?? 'INTERNAL_SERVER_ERROR', message: message ?? '' }));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: NewTaskField) => ({
    id: `${id}-${name}`,
    value: draft?.[name] ?? '',
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft((current) => (current ? { ...current, [name]: event.target.value } : current)),
  });
  const error = (name: NewTaskField) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="tl-form__error">
        {t(errors[name], { max: LIMITS.titleMaxLength, earliest: LIMITS.earliestDate, latest: LIMITS.latestDate })}
      </p>
    ) : null;

  return (
    <dialog ref={dialogRef} className="tl-dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form className="tl-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`} className="tl-dialog__title">
          {t('timeline.create.title')}
        </h2>
        <label htmlFor={`${id}-title`}>{t('timeline.form.title')}</label>
        <input {...field('title')} className="tl-input" maxLength={LIMITS.titleMaxLength} required autoFocus />
        {error('title')}
        <div className="tl-form__pair">
          <div>
            <label htmlFor={`${id}-start`}>{t('timeline.form.start')}</label>
            <input {...field('start')} type="date" className="tl-input" min={LIMITS.earliestDate} max={LIMITS.latestDate} />
            {error('start')}
          </div>
          <div>
            <label htmlFor={`${id}-due`}>{t('timeline.form.due')}</label>
            <input {...field('due')} type="date" className="tl-input" min={draft?.start || LIMITS.earliestDate} max={LIMITS.latestDate} />
            {error('due')}
          </div>
        </div>
        <label htmlFor={`${id}-leadUnit`}>{t('timeline.form.leadUnit')}</label>
        <select {...field('leadUnit')} className="tl-input">
          <option value="">{t('timeline.form.none')}</option>
          {units.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.code} — {pick(unit.name, unit.nameEn)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-plan`}>{t('timeline.form.plan')}</label>
        <select {...field('plan')} className="tl-input">
          <option value="">{t('timeline.form.none')}</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {pick(plan.title, plan.titleEn)}
            </option>
          ))}
        </select>
        {failure && (
          <p className="tl-form__error" role="alert">
            {failure}
          </p>
        )}
        <div className="tl-form__actions">
          <button type="submit" className="tl-button tl-button--primary" disabled={busy}>
            {t('timeline.create.submit')}
          </button>
          <button type="button" className="tl-button" onClick={() => dialogRef.current?.close()}>
            {t('timeline.create.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
});
