import { describe, expect, it } from 'vitest';
import { LIMITS } from '@lotrinh/shared';
import { newTaskDraft, validateNewTask } from '../../../client/src/features/timeline/model/task-form.js';

describe('the new-task form', () => {
  it('starts on the day double-clicked, for NEW_TASK_DAYS days, in the group clicked', () => {
    expect(newTaskDraft({ start: '2016-01-21', leadUnit: 'TTCNTT' })).toEqual({ title: '', start: '2016-01-21', due: '2016-02-19', leadUnit: 'TTCNTT', plan: '' });
    expect(newTaskDraft()).toEqual({ title: '', start: '', due: '', leadUnit: '', plan: '' });
  });

  it('checks what the server checks, with the shared limits', () => {
    const ok = { title: '  Xây dựng kho dữ liệu  ', start: '2016-01-21', due: '2016-02-19', leadUnit: '', plan: 'plan-2022' };
    expect(validateNewTask({ draft: ok })).toEqual({
      errors: {},
      input: { title: 'Xây dựng kho dữ liệu', start: '2016-01-21', due: '2016-02-19', leadUnit: null, plan: 'plan-2022' },
    });
    expect(validateNewTask({ draft: { ...ok, title: ' ' } }).errors).toEqual({ title: 'timeline.form.error.titleRequired' });
    expect(validateNewTask({ draft: { ...ok, title: 'x'.repeat(LIMITS.titleMaxLength + 1) } }).errors.title).toBe('timeline.form.error.titleTooLong');
    expect(validateNewTask({ draft: { ...ok, due: '2016-01-20' } })).toEqual({ errors: { due: 'timeline.form.error.dueBeforeStart' }, input: null });
    expect(validateNewTask({ draft: { ...ok, start: '2016-02-30' } }).errors.start).toBe('timeline.form.error.date');
    expect(validateNewTask({ draft: { ...ok, start: '1999-12-31' } }).errors.start).toBe('timeline.form.error.range');
    expect(validateNewTask({ draft: { ...ok, start: '', due: '' } }).input).toMatchObject({ start: null, due: null });
  });
});
