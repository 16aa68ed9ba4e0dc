import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { toApiError } from '../../../lib/graphql-error.js';
import { SUBMIT_QUARTERLY_REPORT } from '../api/submit-report.mutation.js';
import { reportingUnits, tasksToReport, type Obligation } from '../model/obligations.js';
import {
  hasErrors,
  initialDrafts,
  mergeDrafts,
  toSubmitInput,
  validateDrafts,
  type FormErrors,
  type ItemDraft,
} from '../model/report-form.js';
import { ReportItemFields } from './report-item-fields.js';

export interface ReportFormProps {
  year: number;
  quarter: number;
  obligations: readonly Obligation[];
  unit: string | null;
  onUnitChange: (unit: string | null) => void;
  /** Reloads the quarter's data (after a CONFLICT). */
  onReload: () => Promise<unknown>;
}

type Outcome = { kind: 'sent'; count: number; unit: string } | { kind: 'error'; code: string; message: string } | null;

/** A unit's quarterly report on its tasks, sent in one `submitQuarterlyReport`; the obligations refresh after. */
export function ReportForm({ year, quarter, obligations, unit, onUnitChange, onReload }: ReportFormProps) {
  const { t } = useI18n();
  const ids = { title: useId(), unit: useId(), summary: useId() };
  const units = useMemo(() => reportingUnits(obligations), [obligations]);
  const owed = useMemo(() => (unit ? tasksToReport(obligations, unit) : []), [obligations, unit]);
  const [drafts, setDrafts] = useState<ItemDraft[]>(() => initialDrafts(owed));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const summary = useRef<HTMLDivElement>(null);
  const latestOwed = useRef(owed);
  latestOwed.current = owed;
  const [submit, { loading }] = useMutation(SUBMIT_QUARTERLY_REPORT, { refetchQueries: ['ReportingPage'], awaitRefetchQueries: true });

  useEffect(() => setDrafts((previous) => mergeDrafts(previous, initialDrafts(owed))), [owed]);
  useEffect(() => {
    setErrors(null);
    setOutcome(null);
  }, [unit, year, quarter]);

  const update = (next: ItemDraft) => {
    const all = drafts.map((draft) => (draft.taskId === next.taskId ? next : draft));
    setDrafts(all);
    if (errors) setErrors(validateDrafts(all));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!unit) return;
    const found = validateDrafts(drafts);
    setOutcome(null);
    if (hasErrors(found)) {
      setErrors(found);
      summary.current?.focus();
      return;
    }
    setErrors(null);
    // The versions last read, which a reload may have renewed since the drafts were made.
    const versions = new Map(latestOwed.current.map((o) => [o.task.id, o.task.version]));
    const input = toSubmitInput({
      unit,
      year,
      quarter,
      drafts: drafts.map((d) => ({ ...d, version: versions.get(d.taskId) ?? d.version })),
    });
    try {
      await submit({ variables: { input } });
      setDrafts((previous) => previous.map((d) => ({ ...d, note: '' })));
      setOutcome({ kind: 'sent', count: input.items.length, unit });
    } catch (failure) {
      const error = toApiError(failure);
      setOutcome({ kind: 'error', code: error.code, message: error.message });
    }
    summary.current?.focus();
  };

  const errorCount = errors
    ? Object.values(errors.items).reduce((sum, item) => sum + Object.keys(item).length, 0) + (errors.empty ? 1 : 0)
    : 0;
  const errorKey = (code: string) =>
    ['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND'].includes(code) ? `reporting.error.${code}` : 'reporting.error.other';

  return (
    <section className="report-form" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('reporting.form.title')}</h3>
      <p>{t('reporting.form.intro')}</p>
      {units.length === 0 ? (
        <p>{t('reporting.form.noUnits')}</p>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby={ids.summary}>
          <div className="report-form-unit">
            <label htmlFor={ids.unit}>{t('reporting.form.unit')}</label>
            <select id={ids.unit} value={unit ?? ''} onChange={(event) => onUnitChange(event.target.value || null)}>
              <option value="">{t('reporting.form.chooseUnit')}</option>
              {units.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
          {unit && owed.length === 0 && <p>{t('reporting.form.noTasks')}</p>}
          {owed.map((obligation) => {
            const draft = drafts.find((d) => d.taskId === obligation.task.id);
            return draft ? (
              <ReportItemFields
                key={obligation.task.id}
                obligation={obligation}
                draft={draft}
                errors={errors?.items[obligation.task.id]}
                onChange={update}
              />
            ) : null;
          })}
          <div id={ids.summary} ref={summary} tabIndex={-1} className="report-form-feedback">
            {errors && hasErrors(errors) && (
              <p role="alert" className="field-error">
                {errors.empty ? t('reporting.form.error.empty') : t('reporting.form.error.fix', { count: errorCount })}
              </p>
            )}
            {outcome?.kind === 'sent' && (
              <p role="status" className="report-sent">
                {t('reporting.form.sent', { quarter, year, unit: outcome.unit, count: outcome.count })}
              </p>
            )}
            {outcome?.kind === 'error' && (
              <div role="alert" className="report-error">
                <p>{t(errorKey(outcome.code), { message: outcome.message })}</p>
                {outcome.code === 'CONFLICT' && (
                  <button type="button" onClick={() => void onReload().then(() => setOutcome(null))}>
                    {t('reporting.reload')}
                  </button>
                )}
              </div>
            )}
          </div>
          {unit && owed.length > 0 && (
            <button type="submit" className="report-submit" disabled={loading}>
              {loading ? t('reporting.form.submitting') : t('reporting.form.submit')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
