import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPaper, pageBox, PAPER_SPECS, PAPERS } from '../../../client/src/features/timeline/model/paper.js';

const css = readFileSync(new URL('../../../client/src/features/timeline/timeline-print.css', import.meta.url), 'utf8');

describe('paper', () => {
  it('knows A4 and A3 only', () => {
    expect(PAPERS.filter(isPaper)).toEqual(['A4', 'A3']);
    expect(isPaper('A5')).toBe(false);
  });

  it('gives the printable box of a landscape sheet in CSS pixels, never more than fits', () => {
    expect(pageBox({ paper: 'A4' })).toEqual({ width: 1045, height: 717 });
    expect(pageBox({ paper: 'A3' })).toEqual({ width: 1495, height: 1030 });
    for (const paper of PAPERS) {
      const { widthMm, heightMm, marginMm } = PAPER_SPECS[paper];
      const box = pageBox({ paper });
      expect(box.width).toBeLessThanOrEqual(((widthMm - 2 * marginMm) * 96) / 25.4);
      expect(box.height).toBeLessThanOrEqual(((heightMm - 2 * marginMm) * 96) / 25.4);
    }
  });

  it('agrees with the @page rules of the print style sheet', () => {
    for (const paper of PAPERS) {
      const rule = new RegExp(`@page timeline-${paper.toLowerCase()} \\{\\s*size: ${paper} landscape;\\s*margin: (\\d+)mm;`).exec(css);
      expect(rule, paper).not.toBeNull();
      expect(Number(rule?.[1])).toBe(PAPER_SPECS[paper].marginMm);
    }
    expect(css).toContain(".tl-sheet[data-paper='A3'] {\n  page: timeline-a3;");
  });
});
