import type { LocalDate } from '@lotrinh/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { IndicatorSeries } from '../model/indicator-known.js';
import { IndicatorChart } from './indicator-chart.js';

export interface IndicatorSectionProps {
  indicators: readonly IndicatorSeries[];
  asOf: LocalDate;
}

/** The indicators known on the day, each as a chart over time with its targets and a table. */
export function IndicatorSection({ indicators, asOf }: IndicatorSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="briefing-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('briefing.indicators.title')}</h3>
      <p>{t('briefing.indicators.intro')}</p>
      <p className="briefing-rule">{t('briefing.indicators.knownRule')}</p>
      {indicators.length === 0 ? (
        <p>{t('briefing.indicators.none')}</p>
      ) : (
        <div className="indicator-grid">
          {indicators.map((series) => (
            <IndicatorChart key={series.id} series={series} asOf={asOf} />
          ))}
        </div>
      )}
    </section>
  );
}
