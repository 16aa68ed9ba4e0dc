import type { LocalDate } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';

export interface PrintHeaderProps {
  viewTitle: string;
  day: LocalDate;
  today: LocalDate;
  scope: string;
}

/** Shown on paper only: which roadmap, which view, as of which day, with which filters, printed when. */
export function PrintHeader({ viewTitle, day, today, scope }: PrintHeaderProps) {
  const { t, formatDate } = useI18n();
  return (
    <div className="print-header" aria-hidden="true">
      <p className="print-header-org">{t('briefing.print.title')}</p>
      <p className="print-header-view">
        <strong>{viewTitle}</strong> — {t('briefing.asOf', { date: formatDate(day) })}
      </p>
      <p className="print-header-meta">
        {t('briefing.print.scope', { scope })} · {t('briefing.print.printedOn', { date: formatDate(today) })}
      </p>
    </div>
  );
}
