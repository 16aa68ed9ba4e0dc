import { describe, expect, it } from 'vitest';
import {
  ZOOM_LEVELS,
  clampPxPerDay,
  levelForPxPerDay,
  resolveScale,
  stepZoom,
  zoomLevel,
} from '../../../client/src/features/timeline/model/zoom-levels.js';

describe('zoom levels', () => {
  it('are data, coarsest first, each with two header rows and a snap unit', () => {
    expect(ZOOM_LEVELS.map((level) => level.id)).toEqual(['YEAR', 'QUARTER', 'MONTH', 'WEEK']);
    expect(zoomLevel({ id: 'YEAR' }).header).toEqual({ top: 'YEAR', bottom: 'QUARTER' });
    expect(zoomLevel({ id: 'QUARTER' }).header).toEqual({ top: 'QUARTER', bottom: 'MONTH' });
    expect(zoomLevel({ id: 'MONTH' }).header).toEqual({ top: 'MONTH', bottom: 'WEEK' });
    const scales = ZOOM_LEVELS.map((level) => level.pxPerDay);
    expect([...scales].sort((a, b) => a - b)).toEqual(scales);
  });

  it('picks the level whose header fits a free scale', () => {
    expect(levelForPxPerDay({ pxPerDay: 0.1 }).id).toBe('YEAR');
    expect(levelForPxPerDay({ pxPerDay: 2 }).id).toBe('QUARTER');
    expect(levelForPxPerDay({ pxPerDay: 5 }).id).toBe('MONTH');
    expect(levelForPxPerDay({ pxPerDay: 60 }).id).toBe('WEEK');
  });

  it('steps in and out and stops at the ends', () => {
    expect(stepZoom({ pxPerDay: 0.5, direction: 1 }).id).toBe('QUARTER');
    expect(stepZoom({ pxPerDay: 0.2, direction: 1 }).id).toBe('YEAR');
    expect(stepZoom({ pxPerDay: 3, direction: -1 }).id).toBe('QUARTER');
    expect(stepZoom({ pxPerDay: 0.5, direction: -1 }).id).toBe('YEAR');
    expect(stepZoom({ pxPerDay: 24, direction: 1 }).id).toBe('WEEK');
  });

  it('fits the roadmap to the screen, or uses the level or a chosen scale', () => {
    const fit = resolveScale({ zoom: 'FIT', pxPerDay: null, viewportWidth: 1187, totalDays: 4748 });
    expect(fit.pxPerDay).toBeCloseTo(0.25);
    expect(fit.level.id).toBe('YEAR');
    expect(resolveScale({ zoom: 'MONTH', pxPerDay: null, viewportWidth: 1000, totalDays: 4748 }).pxPerDay).toBe(5);
    expect(resolveScale({ zoom: 'MONTH', pxPerDay: 7, viewportWidth: 1000, totalDays: 4748 })).toMatchObject({
      pxPerDay: 7,
      level: { id: 'MONTH' },
    });
    expect(clampPxPerDay({ pxPerDay: 1e6 })).toBe(64);
    expect(clampPxPerDay({ pxPerDay: Number.NaN })).toBe(0.5);
  });
});
