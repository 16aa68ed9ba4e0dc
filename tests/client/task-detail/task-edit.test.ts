import { describe, expect, it } from 'vitest';
import { LIMITS } from '@lotrinh/shared';
import { draftOf, isEmptyUpdate, validateTaskEdit } from '../../../client/src/features/task-detail/model/task-edit.js';

const task = {
  id: 'Task:7',
  version: 4,
  title: 'Xây dựng Cổng dịch vụ công',
  titleEn: null,
  start: '2019-03-29',
  due: '2019-09-30',
  leadUnit: { code: 'TTCNTT' },
  progress: 20,
};

describe('the task edit form', () => {
  it('starts from the task and sends only what changed, with its version', () => {
    const draft = draftOf({ task });
    expect(draft).toEqual({ title: task.title, titleEn: '', start: '2019-03-29', due: '2019-09-30', leadUnit: 'TTCNTT', progress: '20' });
    const unchanged = validateTaskEdit({ draft, task });
    expect(unchanged.input && isEmptyUpdate({ input: unchanged.input })).toBe(true);
    const edited = validateTaskEdit({ draft: { ...draft, titleEn: ' Public service portal ', due: '2019-12-31', leadUnit: '', progress: '' }, task });
    expect(edited).toEqual({
      errors: {},
      input: { id: 'Task:7', version: 4, titleEn: 'Public service portal', due: '2019-12-31', leadUnit: null, progress: null },
    });
  });

  it('checks what the server checks, with the shared limits', () => {
    const draft = draftOf({ task });
    const errors = (patch: Partial<typeof draft>) => validateTaskEdit({ draft: { ...draft, ...patch }, task }).errors;
    expect(errors({ title: '  ' })).toEqual({ title: 'detail.edit.error.titleRequired' });
    expect(errors({ titleEn: 'x'.repeat(LIMITS.titleMaxLength + 1) })).toEqual({ titleEn: 'detail.edit.error.titleTooLong' });
    expect(errors({ due: '2019-03-28' })).toEqual({ due: 'detail.edit.error.dueBeforeStart' });
    expect(errors({ start: '2040-01-01', due: '' })).toEqual({ start: 'detail.edit.error.range' });
    expect(errors({ start: '2019-02-29' })).toEqual({ start: 'detail.edit.error.date' });
    expect(errors({ progress: '101' })).toEqual({ progress: 'detail.edit.error.progress' });
    expect(errors({ progress: '12.5' })).toEqual({ progress: 'detail.edit.error.progress' });
    expect(validateTaskEdit({ draft: { ...draft, progress: '-1', title: '' }, task }).input).toBeNull();
  });
});
