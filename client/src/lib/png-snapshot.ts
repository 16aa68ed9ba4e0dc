/** Chromium's largest canvas side and area; a bigger canvas draws nothing. */
const MAX_CANVAS_SIDE = 32_767;
const MAX_CANVAS_AREA = 268_435_456;
/** Below this the picture would be unreadable: better to refuse and say so. */
const MIN_SCALE = 0.5;

/**
 * The scale a `width` × `height` picture is drawn at: `preferred`, or less where the canvas would be too big
 * for the browser; null when even the smallest readable scale does not fit.
 */
export function snapshotScale({ width, height, preferred }: { width: number; height: number; preferred: number }): number | null {
  const area = Math.max(1, width) * Math.max(1, height);
  const scale = Math.min(
    preferred,
    MAX_CANVAS_SIDE / Math.max(1, width),
    MAX_CANVAS_SIDE / Math.max(1, height),
    Math.sqrt(MAX_CANVAS_AREA / area),
  );
  return scale >= Math.min(MIN_SCALE, preferred) ? scale : null;
}

/** Computed style properties copied onto the clone, enough to draw the page as it looks. */
function inlineStyles(source: Element, target: Element): void {
  const computed = window.getComputedStyle(source);
  const style = (target as HTMLElement | SVGElement).style;
  for (const property of Array.from(computed))
    style.setProperty(property, computed.getPropertyValue(property), computed.getPropertyPriority(property));
  const sourceChildren = Array.from(source.children);
  const targetChildren = Array.from(target.children);
  sourceChildren.forEach((child, index) => {
    const twin = targetChildren[index];
    if (twin) inlineStyles(child, twin);
  });
}

/** The height the clone takes at `width`, laid out off screen. */
async function measure(clone: HTMLElement, width: number): Promise<number> {
  const host = document.createElement('div');
  host.style.cssText = `position: absolute; left: -100000px; top: 0; width: ${width}px; visibility: hidden;`;
  host.append(clone);
  document.body.append(host);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const height = Math.ceil(clone.getBoundingClientRect().height);
  clone.remove();
  host.remove();
  return height;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The snapshot could not be drawn.'));
    image.src = url;
  });
}

/**
 * A PNG of an element as it is drawn, made in the browser with no service: the element is cloned with
 * its computed styles inlined, wrapped in an SVG `foreignObject`, drawn on a canvas at `scale` and encoded.
 * Text keeps the fonts the browser already has, so Vietnamese diacritics come out as on screen. A picture too big
 * for one canvas is drawn smaller (see snapshotScale), or refused. Pseudo-elements are not copied: what must
 * show in the picture is drawn by real elements.
 */
export async function elementToPng(
  element: HTMLElement,
  { scale = 2, background = '#ffffff', omit, reveal }: { scale?: number; background?: string; omit?: string; reveal?: string } = {},
): Promise<Blob> {
  const width = Math.ceil(element.scrollWidth);
  const clone = element.cloneNode(true) as HTMLElement;
  inlineStyles(element, clone);
  // The element may be a scroll container: the picture shows all of it, unclipped.
  for (const [property, value] of Object.entries({
    margin: '0',
    overflow: 'visible',
    height: 'auto',
    'max-height': 'none',
    flex: 'none',
    width: `${width}px`,
  }))
    clone.style.setProperty(property, value);
  if (omit) for (const node of Array.from(clone.querySelectorAll(omit))) node.remove();
  if (reveal) for (const node of Array.from(clone.querySelectorAll<HTMLElement>(reveal))) node.style.setProperty('display', 'block');
  const height = await measure(clone, width);
  const drawScale = snapshotScale({ width, height, preferred: scale });
  if (drawScale === null) throw new Error(`The picture (${width} × ${height} px) is too large for one PNG.`);
  clone.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const markup = new XMLSerializer().serializeToString(clone);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><foreignObject x="0" y="0" width="100%" height="100%">${markup}</foreignObject></svg>`;
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * drawScale);
  canvas.height = Math.round(height * drawScale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas.');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(drawScale, drawScale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}
