import { useEffect, useRef } from 'react';
import { keyToAction } from '../model/keyboard.js';

/**
 * Ctrl/⌘+Z and Ctrl/⌘+Shift+Z also work when nothing has the focus (the page itself: after a toolbar
 * button that became disabled, or a click on empty space). Inside the timeline its own handler answers;
 * inside any other field or widget the browser's own undo is left alone.
 */
export function usePageUndo({ undo, redo }: { undo: () => void; redo: () => void }): void {
  const latest = useRef({ undo, redo });
  useEffect(() => {
    latest.current = { undo, redo };
  }, [undo, redo]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || (event.target !== document.body && event.target !== document.documentElement)) return;
      const action = keyToAction({ event });
      if (action?.type !== 'undo' && action?.type !== 'redo') return;
      event.preventDefault();
      latest.current[action.type]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
