import { useEffect, useRef } from 'react';
import { keyToAction } from '../model/keyboard.js';

/** Text fields, selects and editable content keep the browser's own undo. */
function hasOwnUndo(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/**
 * Ctrl/⌘+Z and Ctrl/⌘+Shift+Z also work outside the timeline: when nothing has the focus (after a toolbar
 * button that became disabled, a click on empty space, or a side-panel form that closed on saving) and on
 * buttons and links elsewhere on the page (the side panel's). Inside the timeline its own handler answers;
 * inside a text field, a select or editable content the browser's own undo is left alone.
 */
export function usePageUndo({ undo, redo }: { undo: () => void; redo: () => void }): void {
  const latest = useRef({ undo, redo });
  useEffect(() => {
    latest.current = { undo, redo };
  }, [undo, redo]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasOwnUndo(event.target)) return;
      const action = keyToAction({ event });
      if (action?.type !== 'undo' && action?.type !== 'redo') return;
      event.preventDefault();
      latest.current[action.type]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
