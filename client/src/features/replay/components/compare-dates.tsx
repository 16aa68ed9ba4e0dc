import { isLocalDate, type LocalDate } from '@lotrinh/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { RoadmapDiffState } from '../hooks/use-roadmap-diff.js';
import { REPLAY_END, REPLAY_START } from '../model/replay-range.js';
import { ChangeList } from './change-list.js';
import '../replay.css';

export interface CompareDatesProps {
  from: LocalDate;
  to: LocalDate;
  onChange: (dates: { from: LocalDate; to: LocalDate }) => void;
  state: RoadmapDiffState;
}

/** "Compare two dates": two date fields and what was added, moved, finished or slipped between them. */
export function CompareDates({ from, to, onChange, state }: CompareDatesProps) {
  const { t } = useI18n();
  const ids = { title: useId(), from: useId(), to: useId() };
  const set = (which: 'from' | 'to', value: string) => {
    if (isLocalDate(value)) onChange({ from, to, [which]: value });
  };
  return (
    <section className="compare-dates" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('compare.title')}</h3>
      <p>{t('compare.intro')}</p>
      <form onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={ids.from}>
          {t('compare.from')}
          <input
            id={ids.from}
            type="date"
            min={REPLAY_START}
            max={REPLAY_END}
            value={from}
            onChange={(event) => set('from', event.target.value)}
          />
        </label>
        <label htmlFor={ids.to}>
          {t('compare.to')}
          <input
            id={ids.to}
            type="date"
            min={REPLAY_START}
            max={REPLAY_END}
            value={to}
            onChange={(event) => set('to', event.target.value)}
          />
        </label>
      </form>
      <div aria-live="polite" aria-busy={state.loading}>
        {state.error && <p role="alert">{t('app.error', { message: state.error.message })}</p>}
        {state.loading && <p>{t('compare.loading')}</p>}
        {state.diff && <ChangeList diff={state.diff} />}
      </div>
    </section>
  );
}
