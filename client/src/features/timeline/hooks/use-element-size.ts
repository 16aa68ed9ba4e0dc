import { useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/** The content-box size of one element, from a single ResizeObserver (not one per row). */
export function useElementSize({ ref, initial }: { ref: RefObject<HTMLElement | null>; initial: ElementSize }): ElementSize {
  const [size, setSize] = useState<ElementSize>(initial);
  const { width: fallbackWidth, height: fallbackHeight } = initial;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (width: number, height: number) =>
      setSize((previous) => (previous.width === width && previous.height === height ? previous : { width, height }));
    update(element.clientWidth || fallbackWidth, element.clientHeight || fallbackHeight);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => update(element.clientWidth, element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallbackWidth, fallbackHeight]);
  return size;
}
