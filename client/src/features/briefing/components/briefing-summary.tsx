import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';

export interface BriefingSummaryProps {
  sentences: readonly string[];
}

/** The written summary: a plain list of short paragraphs, which a screen reader reads in order. */
export function BriefingSummary({ sentences }: BriefingSummaryProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="briefing-section briefing-summary" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('briefing.summary.title')}</h3>
      <ul data-testid="briefing-summary">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
