import { describe, expect, it } from 'vitest';
import { nudge } from '../../../client/src/features/timeline/model/nudge.js';
import {
  canRedo,
  canUndo,
  dropEdit,
  emptyUndoStack,
  pushEdit,
  redoEdit,
  undoEdit,
  type EditCommand,
} from '../../../client/src/features/timeline/model/undo-stack.js';

describe('nudge', () => {
  const before = { start: '2019-01-31', due: '2019-02-10', progress: 10 };
  it('moves a task by a day or by a calendar unit, keeping its duration', () => {
    expect(nudge({ before, direction: 1, unit: 'DAY' })).toEqual({ start: '2019-02-01', due: '2019-02-11', progress: 10 });
    expect(nudge({ before, direction: -1, unit: 'WEEK' })).toEqual({ start: '2019-01-24', due: '2019-02-03', progress: 10 });
    expect(nudge({ before, direction: 1, unit: 'MONTH' })).toEqual({ start: '2019-02-28', due: '2019-03-10', progress: 10 });
    expect(nudge({ before: { start: null, due: null, progress: null }, direction: 1, unit: 'DAY' })).toEqual({
      start: null,
      due: null,
      progress: null,
    });
  });
});

describe('undo stack', () => {
  const edit = (n: number): EditCommand => ({
    taskId: `t${n}`,
    before: { start: '2019-01-01', due: '2019-01-02', progress: 0 },
    after: { start: '2019-01-03', due: '2019-01-04', progress: n },
  });

  it('undoes and redoes in order', () => {
    let stack = pushEdit({ stack: pushEdit({ stack: emptyUndoStack(), command: edit(1) }), command: edit(2) });
    const undone = undoEdit({ stack });
    expect(undone?.command.taskId).toBe('t2');
    stack = undone?.stack ?? stack;
    expect(canRedo({ stack })).toBe(true);
    const redone = redoEdit({ stack });
    expect(redone?.command.taskId).toBe('t2');
    expect(redoEdit({ stack: redone?.stack ?? stack })).toBeNull();
    expect(undoEdit({ stack: emptyUndoStack() })).toBeNull();
  });

  it('clears the redo history on a new edit and keeps at most `cap` edits', () => {
    let stack = emptyUndoStack({ cap: 2 });
    for (const n of [1, 2, 3]) stack = pushEdit({ stack, command: edit(n) });
    expect(stack.done.map((c) => c.taskId)).toEqual(['t2', 't3']);
    stack = undoEdit({ stack })?.stack ?? stack;
    stack = pushEdit({ stack, command: edit(4) });
    expect(canRedo({ stack })).toBe(false);
    expect(stack.done.map((c) => c.taskId)).toEqual(['t2', 't4']);
  });

  it('forgets a refused edit', () => {
    const command = edit(1);
    const stack = dropEdit({ stack: pushEdit({ stack: emptyUndoStack(), command }), command });
    expect(canUndo({ stack })).toBe(false);
  });
});
