import { barGeometry, type BarGeometry } from '../model/bar-geometry.js';
import type { TimeScale } from '../model/scale.js';
import type { TaskEditValues } from '../model/types.js';

/**
 * Shows a dragged bar at its proposed place with CSS only (the `translate` property and two custom
 * properties the stylesheet reads), so a drag causes no React render. Geometry comes from the model.
 */
export function showPreview(options: {
  element: HTMLElement;
  bar: BarGeometry;
  proposal: TaskEditValues;
  scale: TimeScale;
  rowHeight: number;
}): BarGeometry | null {
  const { element, bar, proposal, scale, rowHeight } = options;
  const next = barGeometry({
    key: bar.key,
    rowIndex: bar.rowIndex,
    dates: {
      start: proposal.start,
      due: proposal.due,
      progress: proposal.progress,
      startDerived: bar.derivedStart,
      dueDerived: bar.derivedEnd,
      rolledUp: false,
    },
    kind: bar.shape === 'milestone' ? 'MILESTONE' : 'TASK',
    scale,
    rowHeight,
  });
  if (!next) return null;
  element.classList.add('tl-bar--dragging');
  element.style.translate = `${next.x - bar.x}px 0`;
  element.style.setProperty('--tl-dw', `${next.width - bar.width}px`);
  if (proposal.progress !== null) element.style.setProperty('--tl-pp', `${proposal.progress}%`);
  return next;
}

export function clearPreview({ element }: { element: HTMLElement }): void {
  element.classList.remove('tl-bar--dragging');
  element.style.translate = '';
  element.style.removeProperty('--tl-dw');
  element.style.removeProperty('--tl-pp');
}

/** The small label that follows a drag with the proposed dates or progress. */
export function showTip({ tip, text, x, y }: { tip: HTMLElement | null; text: string; x: number; y: number }): void {
  if (!tip) return;
  tip.textContent = text;
  tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  tip.hidden = false;
}

export function hideTip({ tip }: { tip: HTMLElement | null }): void {
  if (tip) tip.hidden = true;
}
