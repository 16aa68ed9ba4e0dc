import { describe, expect, it } from 'vitest';
import { dragReducer, IDLE, type DragConfig, type DragEvent, type DragState } from '../../../client/src/features/timeline/model/drag.js';
import type { TaskEditValues } from '../../../client/src/features/timeline/model/types.js';

const before: TaskEditValues = { start: '2019-03-07', due: '2019-03-20', progress: 30 };
const config: DragConfig = { pxPerDay: 10, snapUnit: 'MONTH' };

function run(events: DragEvent[], state: DragState = IDLE): DragState {
  return events.reduce((current, event) => dragReducer({ state: current, event, config }), state);
}

const down = (mode: 'move' | 'resize-start' | 'resize-end' | 'progress', x = 100): DragEvent => ({
  type: 'pointer-down',
  taskId: 't',
  mode,
  pointerId: 1,
  x,
  y: 10,
  before,
  barX: 0,
  barWidth: 140,
});
const move = (x: number, shift = false): DragEvent => ({ type: 'pointer-move', pointerId: 1, x, y: 10, shift });
const up = (x: number, shift = false): DragEvent => ({ type: 'pointer-up', pointerId: 1, x, y: 10, shift });

describe('drag state machine', () => {
  it('goes idle → pointing → dragging → committed', () => {
    const pointing = run([down('move')]);
    expect(pointing.phase).toBe('pointing');
    const dragging = run([down('move'), move(131)]);
    expect(dragging).toMatchObject({ phase: 'dragging', proposal: { start: '2019-03-10', due: '2019-03-23' } });
    expect(run([down('move'), move(131), up(131)])).toEqual({
      phase: 'committed',
      taskId: 't',
      mode: 'move',
      before,
      after: { start: '2019-03-10', due: '2019-03-23', progress: 30 },
    });
  });

  it('needs a small threshold before it drags; a press without travel is a click', () => {
    expect(run([down('move'), move(102)]).phase).toBe('pointing');
    expect(run([down('move'), move(102), up(102)])).toMatchObject({ phase: 'cancelled', reason: 'click' });
  });

  it('cancels on Escape and on pointercancel, and ignores other pointers', () => {
    expect(run([down('move'), move(150), { type: 'escape' }])).toMatchObject({ phase: 'cancelled', reason: 'escape' });
    expect(run([down('move'), move(150), { type: 'pointer-cancel', pointerId: 1 }])).toMatchObject({ reason: 'pointer-cancel' });
    expect(run([down('move'), move(150), { type: 'pointer-move', pointerId: 2, x: 400, y: 0, shift: false }])).toMatchObject({ x: 150 });
    expect(run([down('move'), move(150), { type: 'reset' }])).toBe(IDLE);
  });

  it('commits nothing when the drag comes back to where it started', () => {
    expect(run([down('move'), move(150), up(101)])).toMatchObject({ phase: 'cancelled', reason: 'unchanged' });
  });

  it('resizes either end without crossing the other', () => {
    expect(run([down('resize-end'), move(60), up(60)])).toMatchObject({ after: { start: '2019-03-07', due: '2019-03-16' } });
    expect(run([down('resize-end'), up(-900)])).toMatchObject({ after: { due: '2019-03-07' } });
    expect(run([down('resize-start'), up(130)])).toMatchObject({ after: { start: '2019-03-10', due: '2019-03-20' } });
    expect(run([down('resize-start'), up(900)])).toMatchObject({ after: { start: '2019-03-20' } });
  });

  it('snaps to the zoom unit with Shift', () => {
    expect(run([down('move'), up(400, true)])).toMatchObject({ after: { start: '2019-04-01', due: '2019-04-14' } });
    expect(run([down('resize-end'), up(150, true)])).toMatchObject({ after: { due: '2019-03-31' } });
    expect(run([down('resize-start'), up(60, true)])).toMatchObject({ after: { start: '2019-03-01' } });
  });

  it('sets progress from the pointer along the bar, in tens with Shift', () => {
    expect(run([down('progress', 42), up(70)])).toMatchObject({ after: { progress: 50 } });
    expect(run([down('progress', 42), up(75, true)])).toMatchObject({ after: { progress: 50 } });
    expect(run([down('progress', 42), up(400)])).toMatchObject({ after: { progress: 100 } });
    expect(run([down('progress', 42), up(-40)])).toMatchObject({ after: { progress: 0 } });
  });

  it('keeps unknown dates unknown', () => {
    const open: DragEvent = {
      type: 'pointer-down',
      taskId: 't',
      mode: 'move',
      pointerId: 1,
      x: 0,
      y: 0,
      before: { start: null, due: '2019-03-20', progress: null },
      barX: 0,
      barWidth: 10,
    };
    expect(run([open, up(20)])).toMatchObject({ after: { start: null, due: '2019-03-22', progress: null } });
  });
});
