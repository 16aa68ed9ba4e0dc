import { useCallback, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { clampColumnWidth, initialColumnWidths, listWidth, type ColumnWidths } from '../model/columns.js';
import type { SortKey } from '../model/row-sort.js';

export interface ColumnResizing {
  widths: ColumnWidths;
  listWidth: number;
  /** Starts a pointer resize from a column's handle: the width follows the pointer through a CSS variable, with no render until release. */
  startResize: (key: SortKey, event: ReactPointerEvent<HTMLElement>) => void;
  /** Keyboard resizing. */
  resizeBy: (key: SortKey, delta: number) => void;
}

/** `--tl-col-<key>` and `--tl-list-w`, the CSS variables the list and the chart's offset read. */
export function columnVariables({ widths }: { widths: ColumnWidths }): Record<string, string> {
  const variables: Record<string, string> = { '--tl-list-w': `${listWidth({ widths })}px` };
  for (const [key, width] of Object.entries(widths)) variables[`--tl-col-${key}`] = `${width}px`;
  return variables;
}

export function useColumnWidths({ rootRef }: { rootRef: RefObject<HTMLElement | null> }): ColumnResizing {
  const [widths, setWidths] = useState<ColumnWidths>(initialColumnWidths);

  const startResize = useCallback(
    (key: SortKey, event: ReactPointerEvent<HTMLElement>) => {
      const root = rootRef.current;
      if (!root || event.button !== 0) return;
      event.preventDefault();
      event.stopPropagation();
      const handle = event.currentTarget;
      const originX = event.clientX;
      const originWidth = widths[key];
      let width = originWidth;
      handle.setPointerCapture(event.pointerId);
      const move = (e: PointerEvent) => {
        width = clampColumnWidth({ key, width: originWidth + e.clientX - originX });
        const variables = columnVariables({ widths: { ...widths, [key]: width } });
        for (const [name, value] of Object.entries(variables)) root.style.setProperty(name, value);
      };
      const end = () => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', end);
        handle.removeEventListener('pointercancel', end);
        setWidths((current) => ({ ...current, [key]: width }));
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', end);
      handle.addEventListener('pointercancel', end);
    },
    [rootRef, widths],
  );

  const resizeBy = useCallback((key: SortKey, delta: number) => {
    setWidths((current) => ({ ...current, [key]: clampColumnWidth({ key, width: current[key] + delta }) }));
  }, []);

  return { widths, listWidth: listWidth({ widths }), startResize, resizeBy };
}
