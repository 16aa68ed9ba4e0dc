import type { LocalDate } from '@lotrinh/shared';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { BRIEFING_SPAN } from '../model/briefing-span.js';
import { chartGeometry, type ChartBox, type PlacedPoint } from '../model/chart-geometry.js';
import { formatNumber, formatValue } from '../model/format-value.js';
import type { IndicatorSeries } from '../model/indicator-known.js';
import { PointSource } from './point-source.js';

export interface IndicatorChartProps {
  series: IndicatorSeries;
  asOf: LocalDate;
}

const BOX: ChartBox = { width: 640, height: 200, padding: { top: 14, right: 18, bottom: 26, left: 52 } };

function diamond({ x, y }: { x: number; y: number }, r: number): string {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

/**
 * One indicator over 2013–2025: measured values (filled circles, joined) and targets (hollow diamonds),
 * the "as of" day as a dashed line. Each point is focusable and shows its source; a table holds every value.
 */
export function IndicatorChart({ series, asOf }: IndicatorChartProps) {
  const { t, pick, formatDate, lang } = useI18n();
  const ids = { caption: useId(), desc: useId() };
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const geometry = useMemo(
    () =>
      chartGeometry({
        values: series.values,
        unitOfMeasure: series.unitOfMeasure,
        box: BOX,
        from: BRIEFING_SPAN.from,
        to: BRIEFING_SPAN.to,
        asOf,
      }),
    [series, asOf],
  );
  const selected = series.values.find((value) => value.id === selectedId) ?? null;
  const name = pick(series.name, series.nameEn);
  const label = (placed: PlacedPoint) =>
    t('briefing.indicator.point', {
      kind: t(`briefing.kind.${placed.point.kind}`),
      value: formatValue(placed.point.value, series.unitOfMeasure, lang),
      date: formatDate(placed.point.date),
    });
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setSelectedId(id);
    }
  };
  const point = (placed: PlacedPoint, shape: 'circle' | 'diamond') => (
    <g
      key={placed.point.id}
      className={`chart-point chart-point-${shape}${placed.point.id === selectedId ? ' is-selected' : ''}`}
      tabIndex={0}
      role="button"
      aria-label={label(placed)}
      aria-pressed={placed.point.id === selectedId}
      data-value-id={placed.point.id}
      onFocus={() => setSelectedId(placed.point.id)}
      onMouseEnter={() => setSelectedId(placed.point.id)}
      onClick={() => setSelectedId(placed.point.id)}
      onKeyDown={(event) => onKey(event, placed.point.id)}
    >
      <circle className="chart-point-ring" cx={placed.x} cy={placed.y} r={11} />
      {shape === 'circle' ? <circle cx={placed.x} cy={placed.y} r={5} /> : <path d={diamond(placed, 6)} />}
    </g>
  );
  const { padding } = BOX;
  return (
    <figure className="indicator-chart" data-indicator={series.code}>
      <figcaption id={ids.caption}>
        <strong>{name}</strong> <span className="indicator-unit">({series.unitOfMeasure})</span>
      </figcaption>
      {series.ambiguity && <p className="briefing-ambiguity">{t('briefing.ambiguity', { text: series.ambiguity })}</p>}
      <svg
        className="chart-svg"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="group"
        aria-labelledby={ids.caption}
        aria-describedby={ids.desc}
      >
        <desc id={ids.desc}>{t('briefing.indicator.chart', { name, count: series.values.length })}</desc>
        {geometry.yTicks.map((tick) => (
          <g key={tick.value} aria-hidden="true">
            <line className="chart-grid" x1={padding.left} x2={BOX.width - padding.right} y1={tick.y} y2={tick.y} />
            <text className="chart-label" x={padding.left - 6} y={tick.y + 4} textAnchor="end">
              {formatNumber(tick.value, lang)}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text key={tick.year} className="chart-label" x={tick.x} y={BOX.height - 8} textAnchor="middle" aria-hidden="true">
            {tick.year}
          </text>
        ))}
        {geometry.asOfX !== null && (
          <line
            className="chart-as-of"
            x1={geometry.asOfX}
            x2={geometry.asOfX}
            y1={padding.top}
            y2={BOX.height - padding.bottom}
            aria-hidden="true"
          />
        )}
        {geometry.actualPath && <polyline className="chart-line" points={geometry.actualPath} aria-hidden="true" />}
        {geometry.target.map((placed) => point(placed, 'diamond'))}
        {geometry.actual.map((placed) => point(placed, 'circle'))}
      </svg>
      <PointSource point={selected} unitOfMeasure={series.unitOfMeasure} />
      <table className="briefing-table indicator-table">
        <caption>{t('briefing.indicator.table', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('briefing.col.date')}</th>
            <th scope="col">{t('briefing.col.kind')}</th>
            <th scope="col" className="num">
              {t('briefing.col.value')}
            </th>
            <th scope="col" className="num">
              {t('briefing.col.ratio')}
            </th>
            <th scope="col">{t('briefing.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {series.values.map((value) => (
            <tr key={value.id}>
              <td className="nowrap">{formatDate(value.date)}</td>
              <td>{t(`briefing.kind.${value.kind}`)}</td>
              <td className="num">{formatValue(value.value, series.unitOfMeasure, lang)}</td>
              <td className="num">
                {value.numerator !== null && value.denominator !== null
                  ? t('briefing.indicator.ratio', {
                      numerator: formatNumber(value.numerator, lang),
                      denominator: formatNumber(value.denominator, lang),
                    })
                  : '—'}
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setSelectedId(value.id)}
                  aria-pressed={value.id === selectedId}
                >
                  {t('briefing.indicator.showSource')}
                  <span className="visually-hidden"> — {formatDate(value.date)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
