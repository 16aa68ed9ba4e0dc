import { useLayoutEffect, type RefObject } from 'react';

const MIN_HEIGHT = 320;
const BOTTOM_GAP = 12;

/**
 * Lets the scroller fill the window below its top edge (whatever the page puts above it), by setting the
 * `--tl-fill-h` CSS variable on it at mount and on window resize. No React render is involved.
 */
export function useFillHeight({ ref }: { ref: RefObject<HTMLElement | null> }): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof window === 'undefined') return undefined;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.setProperty('--tl-fill-h', `${Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP))}px`);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref]);
}
