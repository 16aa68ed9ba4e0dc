import { useId, useState, type FormEvent } from 'react';
import { isLocalDate, type LocalDate } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';

export interface GoToDateProps {
  today: LocalDate;
  min: LocalDate;
  max: LocalDate;
  onGo: (date: LocalDate) => void;
}

/** "Go to date": a date field and a button, plus "today". */
export function GoToDate({ today, min, max, onGo }: GoToDateProps) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isLocalDate(value)) onGo(value);
  };
  return (
    <form className="tl-go-to-date" onSubmit={submit} role="search" aria-label={t('timeline.goToDate')}>
      <label htmlFor={id} className="tl-visually-hidden">
        {t('timeline.goToDate.input')}
      </label>
      <input
        id={id}
        type="date"
        className="tl-input"
        value={value}
        min={min}
        max={max}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="tl-button" disabled={!isLocalDate(value)}>
        {t('timeline.goToDate.go')}
      </button>
      <button type="button" className="tl-button" aria-label={t('timeline.today.go')} onClick={() => onGo(today)}>
        {t('timeline.today')}
      </button>
    </form>
  );
}
