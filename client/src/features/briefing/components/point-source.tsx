import { useI18n } from '../../../i18n/i18n.js';
import { formatValue } from '../model/format-value.js';
import type { IndicatorPoint } from '../model/indicator-known.js';

export interface PointSourceProps {
  point: IndicatorPoint | null;
  unitOfMeasure: string;
}

/** The chosen value of a chart with its sources: the verbatim quote and the seed file or external address. */
export function PointSource({ point, unitOfMeasure }: PointSourceProps) {
  const { t, formatDate, lang } = useI18n();
  return (
    <div className="point-source" aria-live="polite">
      {!point ? (
        <p className="point-source-hint">{t('briefing.indicator.pick')}</p>
      ) : (
        <>
          <p className="point-source-title">
            <strong>
              {t('briefing.indicator.detail', {
                kind: t(`briefing.kind.${point.kind}`),
                value: formatValue(point.value, unitOfMeasure, lang),
                date: formatDate(point.date),
              })}
            </strong>
          </p>
          {point.ambiguity && <p className="briefing-ambiguity">{t('briefing.ambiguity', { text: point.ambiguity })}</p>}
          <ul className="point-citations">
            {point.citations.map((citation) => (
              <li key={citation.id}>
                <blockquote lang="vi">“{citation.quote}”</blockquote>
                {citation.sourceFile && (
                  <a href={`/api/sources/${encodeURIComponent(citation.sourceFile)}`} target="_blank" rel="noreferrer">
                    {t('briefing.indicator.openFile', { file: citation.sourceFile })}
                  </a>
                )}
                {!citation.sourceFile && citation.url && (
                  <a href={citation.url} target="_blank" rel="noreferrer">
                    {t('briefing.indicator.openUrl', { url: citation.url })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
