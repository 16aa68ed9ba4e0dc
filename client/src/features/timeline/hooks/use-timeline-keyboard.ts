import { useCallback, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { keyToAction, nextRowIndex } from '../model/keyboard.js';
import type { TimelineLayout } from '../model/layout.js';

export interface KeyboardTargets {
  layout: TimelineLayout;
  activeKey: string | null;
  /** Moves the focus to a row (scrolling it into view). */
  focusRow: (index: number) => void;
  toggle: (key: string, expand: boolean) => void;
  open: (key: string) => void;
  nudge: (key: string, direction: 1 | -1, byUnit: boolean) => void;
  zoom: (direction: 1 | -1) => void;
  undo: () => void;
  redo: () => void;
  /** L: starts or completes a keyboard link; absent when dependencies cannot be drawn. */
  link?: (key: string) => void;
  /** Cancels a drag; true when there was one. */
  cancelDrag: () => boolean;
}

/** The chart's keydown handler: keyboard.ts decides what a key means, this carries it out. */
export function useTimelineKeyboard(targets: KeyboardTargets): (event: ReactKeyboardEvent<HTMLElement>) => void {
  const { layout, activeKey, focusRow, toggle, open, nudge, zoom, undo, redo, link, cancelDrag } = targets;
  return useCallback(
    (event: ReactKeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (event.defaultPrevented || target.closest('input, select, textarea')) return;
      const action = keyToAction({ event });
      if (!action) return;
      // Row keys act on the focused bar; elsewhere (column headers, buttons) only undo and redo apply.
      const onRow = target.closest<HTMLElement>('[data-row-key]');
      if (!onRow && action.type !== 'undo' && action.type !== 'redo') return;
      const key = onRow?.dataset.rowKey ?? activeKey;
      const index = key === null ? -1 : (layout.indexByKey.get(key) ?? -1);
      const row = index >= 0 ? layout.rows[index] : undefined;
      switch (action.type) {
        case 'focus-row':
        case 'focus-edge':
          focusRow(nextRowIndex({ current: index, action, rowCount: layout.rows.length }));
          break;
        case 'collapse':
          if (!row) return;
          if (row.hasChildren && !row.collapsed) toggle(row.key, false);
          else if (row.type === 'task' && row.task.parentId !== null && layout.indexByKey.has(row.task.parentId))
            focusRow(layout.indexByKey.get(row.task.parentId) ?? index);
          break;
        case 'expand':
          if (!row) return;
          if (row.hasChildren && row.collapsed) toggle(row.key, true);
          else if (row.hasChildren) focusRow(index + 1);
          break;
        case 'open':
          if (!row) return;
          if (row.type === 'group') toggle(row.key, row.collapsed);
          else open(row.key);
          break;
        case 'nudge':
          if (!row || row.type !== 'task') return;
          nudge(row.key, action.direction, action.byUnit);
          break;
        case 'zoom':
          zoom(action.direction);
          break;
        case 'undo':
          undo();
          break;
        case 'redo':
          redo();
          break;
        case 'link':
          if (!link || !row || row.type !== 'task') return;
          link(row.key);
          break;
        case 'escape':
          if (!cancelDrag()) return;
          break;
      }
      event.preventDefault();
    },
    [layout, activeKey, focusRow, toggle, open, nudge, zoom, undo, redo, link, cancelDrag],
  );
}
