/** Paper sizes the timeline prints on, both landscape. */
export type Paper = 'A4' | 'A3';

export const PAPERS: readonly Paper[] = ['A4', 'A3'];

/** A sheet in millimetres, landscape, with the margin its `@page` rule sets (timeline-print.css). */
export interface PaperSpec {
  widthMm: number;
  heightMm: number;
  marginMm: number;
}

export const PAPER_SPECS: Readonly<Record<Paper, PaperSpec>> = {
  A4: { widthMm: 297, heightMm: 210, marginMm: 10 },
  A3: { widthMm: 420, heightMm: 297, marginMm: 12 },
};

/** CSS pixels in a millimetre (96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

/** A type guard, so it takes the value itself. */
export function isPaper(value: unknown): value is Paper {
  return PAPERS.some((paper) => paper === value);
}

/**
 * The printable box of one sheet (inside its margins) in CSS pixels, rounded down and one pixel short, so
 * that a page drawn at this size never spills onto a second sheet.
 */
export function pageBox({ paper }: { paper: Paper }): { width: number; height: number } {
  const { widthMm, heightMm, marginMm } = PAPER_SPECS[paper];
  const px = (mm: number) => Math.floor((mm - 2 * marginMm) * PX_PER_MM) - 1;
  return { width: px(widthMm), height: px(heightMm) };
}
