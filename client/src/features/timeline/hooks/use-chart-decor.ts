import { useMemo } from 'react';
import type { LocalDate } from '@lotrinh/shared';
import type { I18n } from '../../../i18n/i18n.js';
import { dateToX, headerCells, type HeaderCell, type TimeScale } from '../model/scale.js';
import type { PlacedMarker, TimelineMarker } from '../model/types.js';
import type { VirtualWindow } from '../model/virtual-window.js';
import type { ZoomLevel } from '../model/zoom-levels.js';

export interface ChartDecor {
  top: HeaderCell[];
  bottom: HeaderCell[];
  markers: PlacedMarker[];
}

/** The header cells and the markers (documents, events, today) inside the window's x-range. */
export function useChartDecor(options: {
  scale: TimeScale;
  level: ZoomLevel;
  visible: VirtualWindow;
  markers: readonly TimelineMarker[];
  today: LocalDate;
  domainEnd: LocalDate;
  i18n: Pick<I18n, 'lang' | 't' | 'formatDate'>;
}): ChartDecor {
  const { scale, level, visible, markers, today, domainEnd, i18n } = options;
  const { x0 } = visible;
  // Nothing is drawn after the domain's last day (a rounded-up content width must not start a new year).
  const x1 = Math.min(visible.x1, dateToX({ scale, date: domainEnd }) + scale.pxPerDay - 0.01);
  const { lang, t, formatDate } = i18n;
  const top = useMemo(
    () => headerCells({ scale, unit: level.header.top, x0, x1, lang, withYear: level.header.top !== 'YEAR' }),
    [scale, level, x0, x1, lang],
  );
  const bottom = useMemo(() => headerCells({ scale, unit: level.header.bottom, x0, x1, lang }), [scale, level, x0, x1, lang]);
  const placed = useMemo(() => {
    const centre = (date: LocalDate) => dateToX({ scale, date }) + scale.pxPerDay / 2;
    const list: PlacedMarker[] = [];
    for (const marker of markers) {
      const x = centre(marker.date);
      if (x < x0 || x > x1) continue;
      const text = t(`timeline.marker.${marker.kind}`, { label: marker.label, title: marker.title, date: formatDate(marker.date) });
      list.push({ id: marker.id, x, kind: marker.kind, title: text });
    }
    if (today >= scale.origin && today <= domainEnd) {
      const x = centre(today);
      if (x >= x0 && x <= x1) list.push({ id: 'today', x, kind: 'TODAY', title: t('timeline.marker.today', { date: formatDate(today) }) });
    }
    return list;
  }, [scale, markers, today, domainEnd, x0, x1, t, formatDate]);
  return { top, bottom, markers: placed };
}
