import { useI18n } from '../../../i18n/i18n.js';
import type { PrintHeading } from '../hooks/use-print-sheet.js';

/** The top of every printed page: which roadmap, the view's title and day, its filters in words, when printed. */
export function PrintPageHeader({ heading }: { heading: PrintHeading }) {
  const { t } = useI18n();
  return (
    <header className="tl-sheet__header">
      <p className="tl-sheet__org">{t('timeline.print.org')}</p>
      <p className="tl-sheet__view">
        <strong>{heading.title}</strong> — {heading.asOf}
      </p>
      <p className="tl-sheet__meta">
        {heading.caption} · {heading.printedOn}
      </p>
    </header>
  );
}
