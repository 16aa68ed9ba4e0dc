import type { TimeUnit } from './calendar-units.js';
import type { ZoomLevelId, ZoomSetting } from './types.js';

/** A zoom level as data: its scale, the units of the two header rows, and what Shift snaps to. */
export interface ZoomLevel {
  id: ZoomLevelId;
  pxPerDay: number;
  header: { top: TimeUnit; bottom: TimeUnit };
  /** Shift+drag snaps to this unit; Alt+Shift+arrow moves by it. */
  snapUnit: TimeUnit;
}

/** Coarsest first. */
export const ZOOM_LEVELS: readonly ZoomLevel[] = [
  { id: 'YEAR', pxPerDay: 0.5, header: { top: 'YEAR', bottom: 'QUARTER' }, snapUnit: 'QUARTER' },
  { id: 'QUARTER', pxPerDay: 1.5, header: { top: 'QUARTER', bottom: 'MONTH' }, snapUnit: 'MONTH' },
  { id: 'MONTH', pxPerDay: 5, header: { top: 'MONTH', bottom: 'WEEK' }, snapUnit: 'WEEK' },
  { id: 'WEEK', pxPerDay: 24, header: { top: 'WEEK', bottom: 'DAY' }, snapUnit: 'WEEK' },
];

export const MIN_PX_PER_DAY = 0.05;
export const MAX_PX_PER_DAY = 64;

const FALLBACK_LEVEL: ZoomLevel = { id: 'YEAR', pxPerDay: 0.5, header: { top: 'YEAR', bottom: 'QUARTER' }, snapUnit: 'QUARTER' };

/** A type guard, so it takes the value itself rather than an options object. */
export function isZoomLevelId(value: unknown): value is ZoomLevelId {
  return ZOOM_LEVELS.some((level) => level.id === value);
}

export function zoomLevel({ id }: { id: ZoomLevelId }): ZoomLevel {
  return ZOOM_LEVELS.find((level) => level.id === id) ?? FALLBACK_LEVEL;
}

export function clampPxPerDay({ pxPerDay }: { pxPerDay: number }): number {
  if (!Number.isFinite(pxPerDay)) return FALLBACK_LEVEL.pxPerDay;
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, pxPerDay));
}

/** The finest level whose scale is not larger than `pxPerDay` (its header fits), or the coarsest. */
export function levelForPxPerDay({ pxPerDay }: { pxPerDay: number }): ZoomLevel {
  let chosen = ZOOM_LEVELS[0] ?? FALLBACK_LEVEL;
  for (const level of ZOOM_LEVELS) if (level.pxPerDay <= pxPerDay * 1.0001) chosen = level;
  return chosen;
}

/** The next finer (`direction` 1) or coarser (-1) level than the current scale; stays at the ends. */
export function stepZoom({ pxPerDay, direction }: { pxPerDay: number; direction: 1 | -1 }): ZoomLevel {
  if (direction === 1) {
    return ZOOM_LEVELS.find((level) => level.pxPerDay > pxPerDay * 1.0001) ?? ZOOM_LEVELS[ZOOM_LEVELS.length - 1] ?? FALLBACK_LEVEL;
  }
  const coarser = ZOOM_LEVELS.filter((level) => level.pxPerDay < pxPerDay * 0.9999);
  return coarser[coarser.length - 1] ?? ZOOM_LEVELS[0] ?? FALLBACK_LEVEL;
}

export interface ResolvedScale {
  pxPerDay: number;
  level: ZoomLevel;
}

/**
 * The scale a view setting means on a screen: FIT spreads `totalDays` over `viewportWidth`; a level uses
 * its own scale unless Ctrl+wheel chose another (`pxPerDay`).
 */
export function resolveScale(options: {
  zoom: ZoomSetting;
  pxPerDay: number | null;
  viewportWidth: number;
  totalDays: number;
}): ResolvedScale {
  const { zoom, pxPerDay, viewportWidth, totalDays } = options;
  if (pxPerDay !== null) {
    const clamped = clampPxPerDay({ pxPerDay });
    return { pxPerDay: clamped, level: zoom === 'FIT' ? levelForPxPerDay({ pxPerDay: clamped }) : zoomLevel({ id: zoom }) };
  }
  if (zoom === 'FIT') {
    const fitted = clampPxPerDay({ pxPerDay: Math.max(1, viewportWidth) / Math.max(1, totalDays) });
    return { pxPerDay: fitted, level: levelForPxPerDay({ pxPerDay: fitted }) };
  }
  const level = zoomLevel({ id: zoom });
  return { pxPerDay: level.pxPerDay, level };
}
