import { memo, useId } from 'react';
import { isLocalDate, TASK_STATUSES, type LocalDate, type TaskStatus } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import { useMirror } from '../hooks/use-mirror.js';
import { activeFilterCount, assignerFor, type FilterOptions } from '../model/filter-options.js';
import { EMPTY_FILTERS } from '../model/url-state.js';
import type { TimelineFilters } from '../model/types.js';
import { CheckboxMenu } from './checkbox-menu.js';

export interface FilterBarProps {
  filters: TimelineFilters;
  options: FilterOptions;
  /** Tasks shown, and tasks in all, for the count. */
  shown: number;
  total: number;
  domain: { start: LocalDate; end: LocalDate };
  onChange: (filters: TimelineFilters) => void;
}

/** The filters: lead units, plan, statuses, assigning document or event, and a date window. */
export const FilterBar = memo(function FilterBar({ filters: given, options, shown, total, domain, onChange }: FilterBarProps) {
  const { t, pick } = useI18n();
  const ids = { plan: useId(), document: useId(), from: useId(), to: useId() };
  const [filters, setFilters] = useMirror(given, (value) => JSON.stringify(value));
  const set = (patch: Partial<TimelineFilters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    onChange(next);
  };
  const dateOf = (value: string): LocalDate | null => (isLocalDate(value) ? value : null);
  const assigner = assignerFor({ options: options.assigners, value: filters.document });
  const documents = options.assigners.filter((option) => option.kind === 'DOCUMENT');
  const events = options.assigners.filter((option) => option.kind === 'EVENT');
  const active = activeFilterCount({ filters });
  const count = (n: number) => t('timeline.filter.count', { count: n });

  return (
    <div className="tl-toolbar__row tl-filters" role="group" aria-label={t('timeline.filter.group')}>
      <CheckboxMenu
        label={t('timeline.filter.units')}
        options={options.units.map((unit) => ({
          value: unit.code,
          label: `${unit.code} — ${pick(unit.name, unit.nameEn)}`,
          hint: count(unit.count),
        }))}
        selected={filters.units}
        onChange={(units) => set({ units })}
      />
      <div className="tl-field">
        <label htmlFor={ids.plan}>{t('timeline.filter.plan')}</label>
        <select
          id={ids.plan}
          className="tl-input tl-filters__select"
          value={filters.plan ?? ''}
          onChange={(event) => set({ plan: event.target.value || null })}
        >
          <option value="">{t('timeline.filter.plan.all')}</option>
          {options.plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {pick(plan.title, plan.titleEn)} ({plan.count})
            </option>
          ))}
        </select>
      </div>
      <CheckboxMenu
        label={t('timeline.filter.status')}
        options={TASK_STATUSES.map((status: TaskStatus) => ({ value: status, label: t(`timeline.status.${status}`) }))}
        selected={filters.status}
        onChange={(status) => set({ status: status as TaskStatus[] })}
      />
      <div className="tl-field">
        <label htmlFor={ids.document}>{t('timeline.filter.document')}</label>
        <select
          id={ids.document}
          className="tl-input tl-filters__select"
          value={assigner?.value ?? filters.document ?? ''}
          onChange={(event) => set({ document: event.target.value || null })}
        >
          <option value="">{t('timeline.filter.document.all')}</option>
          {filters.document !== null && !assigner && <option value={filters.document}>{filters.document}</option>}
          <CountedOptions label={t('timeline.filter.documents')} options={documents} />
          <CountedOptions label={t('timeline.filter.events')} options={events} />
        </select>
      </div>
      <div className="tl-field">
        <label htmlFor={ids.from}>{t('timeline.filter.from')}</label>
        <input
          id={ids.from}
          type="date"
          className="tl-input"
          min={domain.start}
          max={filters.to ?? domain.end}
          value={filters.from ?? ''}
          onChange={(event) => set({ from: dateOf(event.target.value) })}
        />
      </div>
      <div className="tl-field">
        <label htmlFor={ids.to}>{t('timeline.filter.to')}</label>
        <input
          id={ids.to}
          type="date"
          className="tl-input"
          min={filters.from ?? domain.start}
          max={domain.end}
          value={filters.to ?? ''}
          onChange={(event) => set({ to: dateOf(event.target.value) })}
        />
      </div>
      {active > 0 && (
        <button type="button" className="tl-button" onClick={() => set(EMPTY_FILTERS)}>
          {t('timeline.filter.clear', { count: active })}
        </button>
      )}
      <span className="tl-filters__count" role="status" aria-live="polite">
        {active > 0 ? t('timeline.filter.shown', { shown, total }) : ''}
      </span>
    </div>
  );
});

/** A labelled group of options, each with the number of tasks it would show; nothing when empty. */
function CountedOptions({ label, options }: { label: string; options: readonly { value: string; label: string; count: number }[] }) {
  if (options.length === 0) return null;
  return (
    <optgroup label={label}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label} ({option.count})
        </option>
      ))}
    </optgroup>
  );
}
