/**
 * The line that follows a dependency being drawn, and the outline of the bar it would land on, written
 * straight to the DOM so the gesture causes no React render.
 */
export function showLinkPreview(options: { svg: SVGSVGElement | null; x0: number; y0: number; x1: number; y1: number }): void {
  const { svg, x0, y0, x1, y1 } = options;
  const path = svg?.firstElementChild;
  if (!svg || !path) return;
  path.setAttribute('d', `M${Math.round(x0)},${Math.round(y0)}L${Math.round(x1)},${Math.round(y1)}`);
  svg.style.display = 'block';
}

export function hideLinkPreview({ svg }: { svg: SVGSVGElement | null }): void {
  if (svg) svg.style.display = 'none';
}

const TARGET_CLASS = 'tl-bar--link-target';

/** Marks the bar a link would land on (and unmarks the previous one). */
export function markLinkTarget({ chart, key }: { chart: HTMLElement | null; key: string | null }): void {
  if (!chart) return;
  for (const element of chart.querySelectorAll(`.${TARGET_CLASS}`)) {
    if ((element as HTMLElement).dataset.rowKey !== key) element.classList.remove(TARGET_CLASS);
  }
  if (key !== null) chart.querySelector(`[data-row-key="${CSS.escape(key)}"]`)?.classList.add(TARGET_CLASS);
}
