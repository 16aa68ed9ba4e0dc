import { useCallback } from 'react';
import type { BarGeometry } from '../model/bar-geometry.js';
import type { TimeUnit } from '../model/calendar-units.js';
import type { TimelineLayout } from '../model/layout.js';
import { nudge } from '../model/nudge.js';
import type { EditCommand } from '../model/undo-stack.js';

export interface RowCommands {
  /** A click or Enter on a row: a task is selected (its details open), a group opens or closes. */
  pick: (key: string | null) => void;
  /** Alt+arrow: moves a task by a day, or by the zoom's unit. */
  nudgeRow: (key: string, direction: 1 | -1, byUnit: boolean) => void;
}

export function useRowCommands(options: {
  layout: TimelineLayout;
  barOf: (index: number) => BarGeometry | null;
  snapUnit: TimeUnit;
  setActiveKey: (key: string | null) => void;
  toggle: (key: string) => void;
  onSelect: (id: string | null) => void;
  apply: (command: EditCommand) => void;
}): RowCommands {
  const { layout, barOf, snapUnit, setActiveKey, toggle, onSelect, apply } = options;
  const pick = useCallback(
    (key: string | null) => {
      if (key === null) return;
      const index = layout.indexByKey.get(key);
      const row = index === undefined ? undefined : layout.rows[index];
      if (!row) return;
      setActiveKey(key);
      if (row.type === 'group') toggle(key);
      else onSelect(key);
    },
    [layout, setActiveKey, toggle, onSelect],
  );
  const nudgeRow = useCallback(
    (key: string, direction: 1 | -1, byUnit: boolean) => {
      const bar = barOf(layout.indexByKey.get(key) ?? -1);
      if (!bar?.editable) return;
      const before = { start: bar.start, due: bar.due, progress: bar.progress };
      const after = nudge({ before, direction, unit: byUnit ? snapUnit : 'DAY' });
      if (after.start !== before.start || after.due !== before.due) apply({ taskId: key, before, after });
    },
    [barOf, layout, snapUnit, apply],
  );
  return { pick, nudgeRow };
}
