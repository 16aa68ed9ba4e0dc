import { TASK_STATUSES } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';

/** What the colours and patterns mean: every status, derived and unknown dates, milestones, markers. */
export function StatusLegend() {
  const { t } = useI18n();
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend')}>
      {TASK_STATUSES.map((status) => (
        <li key={status} className="tl-legend__item">
          <span className={`tl-legend__swatch tl-status--${status}`} aria-hidden="true" />
          {t(`timeline.status.${status}`)}
        </li>
      ))}
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--derived tl-status--IN_PROGRESS" aria-hidden="true" />
        {t('timeline.legend.derived')}
      </li>
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--open tl-status--IN_PROGRESS" aria-hidden="true" />
        {t('timeline.legend.open')}
      </li>
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--milestone tl-status--PLANNED" aria-hidden="true" />
        {t('timeline.legend.milestone')}
      </li>
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--document" aria-hidden="true" />
        {t('timeline.legend.document')}
      </li>
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--event" aria-hidden="true" />
        {t('timeline.legend.event')}
      </li>
    </ul>
  );
}
