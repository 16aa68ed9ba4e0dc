import { LIMITS, type LocalDate } from '@lotrinh/shared';
import { dateOfDayIndex, dayIndexOf, nearestUnitStart, type TimeUnit } from './calendar-units.js';
import type { TaskEditValues } from './types.js';

export type DragMode = 'move' | 'resize-start' | 'resize-end' | 'progress';

interface DragBase {
  taskId: string;
  mode: DragMode;
  pointerId: number;
  /** Pointer position at pointerdown, in chart coordinates. */
  originX: number;
  originY: number;
  before: TaskEditValues;
  /** The bar's extent at pointerdown (for progress). */
  barX: number;
  barWidth: number;
}

export type DragState =
  | { phase: 'idle' }
  | (DragBase & { phase: 'pointing' })
  | (DragBase & { phase: 'dragging'; x: number; snapped: boolean; proposal: TaskEditValues })
  | { phase: 'committed'; taskId: string; mode: DragMode; before: TaskEditValues; after: TaskEditValues }
  | { phase: 'cancelled'; taskId: string; reason: 'click' | 'escape' | 'pointer-cancel' | 'unchanged' };

export type DragEvent =
  | {
      type: 'pointer-down';
      taskId: string;
      mode: DragMode;
      pointerId: number;
      x: number;
      y: number;
      before: TaskEditValues;
      barX: number;
      barWidth: number;
    }
  | { type: 'pointer-move'; pointerId: number; x: number; y: number; shift: boolean }
  | { type: 'pointer-up'; pointerId: number; x: number; y: number; shift: boolean }
  | { type: 'pointer-cancel'; pointerId: number }
  | { type: 'escape' }
  | { type: 'reset' };

export interface DragConfig {
  pxPerDay: number;
  /** What Shift snaps to. */
  snapUnit: TimeUnit;
  /** Pointer travel before a press becomes a drag. */
  thresholdPx?: number;
}

export const DRAG_THRESHOLD_PX = 4;
export const IDLE: DragState = { phase: 'idle' };

/** The next state of a drag: idle → pointing → dragging → committed | cancelled (then idle on `reset`). */
export function dragReducer({ state, event, config }: { state: DragState; event: DragEvent; config: DragConfig }): DragState {
  if (event.type === 'reset') return IDLE;
  switch (state.phase) {
    case 'idle':
    case 'committed':
    case 'cancelled':
      if (event.type !== 'pointer-down') return state;
      return {
        phase: 'pointing',
        taskId: event.taskId,
        mode: event.mode,
        pointerId: event.pointerId,
        originX: event.x,
        originY: event.y,
        before: event.before,
        barX: event.barX,
        barWidth: event.barWidth,
      };
    case 'pointing':
    case 'dragging': {
      if (event.type === 'pointer-down') return state;
      if (event.type === 'escape') return { phase: 'cancelled', taskId: state.taskId, reason: 'escape' };
      if (event.pointerId !== state.pointerId) return state;
      if (event.type === 'pointer-cancel') return { phase: 'cancelled', taskId: state.taskId, reason: 'pointer-cancel' };
      const base = baseOf(state);
      const moved = Math.hypot(event.x - state.originX, event.y - state.originY) >= (config.thresholdPx ?? DRAG_THRESHOLD_PX);
      if (state.phase === 'pointing' && !moved) {
        return event.type === 'pointer-up' ? { phase: 'cancelled', taskId: state.taskId, reason: 'click' } : state;
      }
      const proposal = propose({ base, x: event.x, shift: event.shift, config });
      if (event.type === 'pointer-move') return { ...base, phase: 'dragging', x: event.x, snapped: event.shift, proposal };
      return sameValues({ a: proposal, b: state.before })
        ? { phase: 'cancelled', taskId: state.taskId, reason: 'unchanged' }
        : { phase: 'committed', taskId: state.taskId, mode: state.mode, before: state.before, after: proposal };
    }
  }
}

function baseOf(state: DragBase): DragBase {
  const { taskId, mode, pointerId, originX, originY, before, barX, barWidth } = state;
  return { taskId, mode, pointerId, originX, originY, before, barX, barWidth };
}

function shiftDate(date: LocalDate | null, days: number): LocalDate | null {
  return date === null ? null : dateOfDayIndex({ index: dayIndexOf({ date }) + days });
}

/** The first day of a unit nearest to `date` (for a start), or the last day of one (for a due date). */
function snap(date: LocalDate, unit: TimeUnit, edge: 'start' | 'end'): LocalDate {
  if (edge === 'start') return nearestUnitStart({ date, unit });
  const after = nearestUnitStart({ date: dateOfDayIndex({ index: dayIndexOf({ date }) + 1 }), unit });
  return dateOfDayIndex({ index: dayIndexOf({ date: after }) - 1 });
}

/** The start, due and progress a drag to `x` proposes, snapped to whole days (or to the snap unit with Shift). */
export function propose({ base, x, shift, config }: { base: DragBase; x: number; shift: boolean; config: DragConfig }): TaskEditValues {
  const { before, mode } = base;
  const days = Math.round((x - base.originX) / config.pxPerDay);
  const unit = shift ? config.snapUnit : 'DAY';
  switch (mode) {
    case 'move': {
      const anchor = before.start ?? before.due;
      if (anchor === null) return before;
      let target = shiftDate(anchor, days) as LocalDate;
      if (unit !== 'DAY') target = before.start !== null ? snap(target, unit, 'start') : snap(target, unit, 'end');
      const delta = dayIndexOf({ date: target }) - dayIndexOf({ date: anchor });
      return { ...before, start: shiftDate(before.start, delta), due: shiftDate(before.due, delta) };
    }
    case 'resize-start': {
      if (before.start === null) return before;
      let start = shiftDate(before.start, days) as LocalDate;
      if (unit !== 'DAY') start = snap(start, unit, 'start');
      if (before.due !== null && start > before.due) start = before.due;
      return { ...before, start };
    }
    case 'resize-end': {
      if (before.due === null) return before;
      let due = shiftDate(before.due, days) as LocalDate;
      if (unit !== 'DAY') due = snap(due, unit, 'end');
      if (before.start !== null && due < before.start) due = before.start;
      return { ...before, due };
    }
    case 'progress': {
      const raw = base.barWidth > 0 ? ((x - base.barX) / base.barWidth) * 100 : 0;
      const step = shift ? 10 : 1;
      const progress = Math.min(LIMITS.progressMax, Math.max(LIMITS.progressMin, Math.round(raw / step) * step));
      return { ...before, progress };
    }
  }
}

export function sameValues({ a, b }: { a: TaskEditValues; b: TaskEditValues }): boolean {
  return a.start === b.start && a.due === b.due && a.progress === b.progress;
}
