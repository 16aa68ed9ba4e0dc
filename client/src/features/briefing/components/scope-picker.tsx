import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { BriefingScope } from '../model/briefing-scope.js';
import type { PlanInfo } from '../model/plan-progress.js';
import type { UnitInfo } from '../model/unit-scorecard.js';

export interface ScopePickerProps {
  scope: BriefingScope;
  plans: readonly PlanInfo[];
  units: readonly UnitInfo[];
  onChange: (scope: BriefingScope) => void;
}

/** Whole Ministry, one plan, one lead unit (or both): two selects whose values live in the URL. */
export function ScopePicker({ scope, plans, units, onChange }: ScopePickerProps) {
  const { t, pick } = useI18n();
  const ids = { plan: useId(), unit: useId() };
  return (
    <div className="scope-picker" role="group" aria-label={t('briefing.scope.label')} data-snapshot="omit">
      <label htmlFor={ids.plan}>{t('briefing.filter.plan')}</label>
      <select id={ids.plan} value={scope.plan ?? ''} onChange={(event) => onChange({ ...scope, plan: event.target.value || null })}>
        <option value="">{t('briefing.filter.allPlans')}</option>
        {plans.map((plan) => (
          <option key={plan.key} value={plan.key}>
            {pick(plan.title, plan.titleEn)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.unit}>{t('briefing.filter.unit')}</label>
      <select id={ids.unit} value={scope.unit ?? ''} onChange={(event) => onChange({ ...scope, unit: event.target.value || null })}>
        <option value="">{t('briefing.filter.allUnits')}</option>
        {units.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {unit.code} — {pick(unit.name, unit.nameEn)}
          </option>
        ))}
      </select>
    </div>
  );
}
