import { describe, expect, it } from 'vitest';
import { barValues, shownValues, updateCommandOf, withUpdate } from '../../../client/src/features/timeline/model/task-update.js';
import { makeTask } from './fixtures.js';

const task = makeTask({
  id: 'Task:7',
  title: 'Xây dựng Cổng dịch vụ công',
  titleEn: null,
  start: '2019-03-29',
  due: '2019-09-30',
  progress: 20,
  leadUnit: { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', nameEn: null },
  version: 4,
});

describe('a side-panel update as an undoable command', () => {
  it('holds only the fields the update gives, before as the timeline shows them and after as the update sets them', () => {
    const command = updateCommandOf({
      task,
      shown: barValues(task),
      input: { id: 'Task:7', version: 4, titleEn: 'Public service portal', due: '2019-12-31', leadUnit: null },
    });
    expect(command).toEqual({
      type: 'update',
      taskId: 'Task:7',
      before: { titleEn: null, due: '2019-09-30', leadUnit: 'TTCNTT' },
      after: { titleEn: 'Public service portal', due: '2019-12-31', leadUnit: null },
    });
  });

  it('takes the bar’s values from a pending edit, not from the data that has not caught up yet', () => {
    const shown = { start: '2019-04-05', due: '2019-10-06', progress: 20 };
    const command = updateCommandOf({
      task,
      shown,
      input: { id: 'Task:7', version: 4, title: 'Tên mới', start: '2019-04-01', progress: null },
    });
    expect(command.before).toEqual({ title: 'Xây dựng Cổng dịch vụ công', start: '2019-04-05', progress: 20 });
    expect(command.after).toEqual({ title: 'Tên mới', start: '2019-04-01', progress: null });
  });
});

describe('what the bar shows while a command is sent', () => {
  const current = { start: '2019-03-29', due: '2019-09-30', progress: 20 };

  it('applies the dates and progress an update changes, and leaves the bar alone for a title or a unit', () => {
    expect(withUpdate({ current, fields: { due: '2019-12-31', progress: null } })).toEqual({
      start: '2019-03-29',
      due: '2019-12-31',
      progress: null,
    });
    expect(withUpdate({ current, fields: { start: null } })).toEqual({ start: null, due: '2019-09-30', progress: 20 });
    expect(withUpdate({ current, fields: { title: 'Tên mới', leadUnit: 'VP' } })).toBeNull();
  });

  it('shows an update’s values going forward and its old values on undo; a move shows its own values; links show nothing', () => {
    const update = { type: 'update' as const, taskId: 'Task:7', before: { due: '2019-09-30' }, after: { due: '2020-01-15' } };
    expect(shownValues({ command: update, direction: 'do', current })).toEqual({ ...current, due: '2020-01-15' });
    expect(shownValues({ command: update, direction: 'undo', current: { ...current, due: '2020-01-15' } })).toEqual(current);
    expect(shownValues({ command: update, direction: 'redo', current })).toEqual({ ...current, due: '2020-01-15' });
    const move = { taskId: 'Task:7', before: current, after: { ...current, start: '2019-04-01' } };
    expect(shownValues({ command: move, direction: 'undo', current: move.after })).toEqual(current);
    const relink = {
      type: 'relink' as const,
      taskId: 'Task:7',
      dependsOnId: 'Task:8',
      before: { type: 'FINISH_TO_START' as const, lagDays: 0 },
      after: { type: 'START_TO_START' as const, lagDays: 3 },
    };
    expect(shownValues({ command: relink, direction: 'do', current })).toBeNull();
  });
});
