import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { reportingYears, type QuarterRef } from '../model/default-quarter.js';

export interface QuarterPickerProps {
  value: QuarterRef;
  onChange: (value: QuarterRef) => void;
}

/** Year and quarter, two selects (kept in the URL by the page). */
export function QuarterPicker({ value, onChange }: QuarterPickerProps) {
  const { t } = useI18n();
  const ids = { year: useId(), quarter: useId() };
  return (
    <div className="quarter-picker" role="group" aria-label={t('reporting.pick')}>
      <label htmlFor={ids.year}>{t('reporting.year')}</label>
      <select id={ids.year} value={value.year} onChange={(event) => onChange({ ...value, year: Number(event.target.value) })}>
        {reportingYears().map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <label htmlFor={ids.quarter}>{t('reporting.quarter')}</label>
      <select id={ids.quarter} value={value.quarter} onChange={(event) => onChange({ ...value, quarter: Number(event.target.value) })}>
        {[1, 2, 3, 4].map((quarter) => (
          <option key={quarter} value={quarter}>
            {t('reporting.quarterOption', { quarter })}
          </option>
        ))}
      </select>
    </div>
  );
}
