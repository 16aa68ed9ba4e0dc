/** What a key press on the timeline means. */
export type TimelineAction =
  | { type: 'focus-row'; delta: number }
  | { type: 'focus-edge'; edge: 'first' | 'last' }
  | { type: 'collapse' }
  | { type: 'expand' }
  | { type: 'open' }
  | { type: 'nudge'; direction: 1 | -1; byUnit: boolean }
  | { type: 'zoom'; direction: 1 | -1 }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'link' }
  | { type: 'escape' };

export interface KeyInput {
  key: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export const PAGE_ROWS = 10;

/**
 * Maps a key press to a timeline action, or null to let the browser have it. Up/Down (Page, Home, End)
 * move the focus between rows; Left/Right collapse and expand; Enter or Space opens the details;
 * Alt+Left/Right move the selected task by a day, Alt+Shift by the zoom's unit; + and − zoom;
 * Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes; L links the focused task to another (see
 * `useTaskCommands`); Escape cancels.
 */
export function keyToAction({ event }: { event: KeyInput }): TimelineAction | null {
  const { key, altKey, shiftKey, ctrlKey, metaKey } = event;
  const command = ctrlKey || metaKey;
  if (command && !altKey) {
    const lower = key.toLowerCase();
    if (lower === 'z') return shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (lower === 'y' && ctrlKey && !shiftKey) return { type: 'redo' };
    return null;
  }
  if (altKey && !command) {
    if (key === 'ArrowLeft') return { type: 'nudge', direction: -1, byUnit: shiftKey };
    if (key === 'ArrowRight') return { type: 'nudge', direction: 1, byUnit: shiftKey };
    return null;
  }
  if (command || altKey) return null;
  switch (key) {
    case 'ArrowUp':
      return { type: 'focus-row', delta: -1 };
    case 'ArrowDown':
      return { type: 'focus-row', delta: 1 };
    case 'PageUp':
      return { type: 'focus-row', delta: -PAGE_ROWS };
    case 'PageDown':
      return { type: 'focus-row', delta: PAGE_ROWS };
    case 'Home':
      return { type: 'focus-edge', edge: 'first' };
    case 'End':
      return { type: 'focus-edge', edge: 'last' };
    case 'ArrowLeft':
      return { type: 'collapse' };
    case 'ArrowRight':
      return { type: 'expand' };
    case 'Enter':
    case ' ':
      return { type: 'open' };
    case '+':
    case '=':
      return { type: 'zoom', direction: 1 };
    case '-':
    case '_':
      return { type: 'zoom', direction: -1 };
    case 'l':
    case 'L':
      return { type: 'link' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return null;
  }
}

/** The row index focus moves to, kept inside [0, rowCount). */
export function nextRowIndex({ current, action, rowCount }: { current: number; action: TimelineAction; rowCount: number }): number {
  if (rowCount <= 0) return -1;
  if (action.type === 'focus-edge') return action.edge === 'first' ? 0 : rowCount - 1;
  if (action.type !== 'focus-row') return Math.min(Math.max(current, 0), rowCount - 1);
  return Math.min(rowCount - 1, Math.max(0, current < 0 ? 0 : current + action.delta));
}
