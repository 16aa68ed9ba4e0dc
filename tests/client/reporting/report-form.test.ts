import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../../client/src/features/reporting/model/obligations.js';
import {
  hasErrors,
  initialDrafts,
  mergeDrafts,
  suggestedStatus,
  toSubmitInput,
  validateDrafts,
  type ItemDraft,
} from '../../../client/src/features/reporting/model/report-form.js';

const obligation = (id: string, status: Obligation['task']['status'], progress: number | null, version = 3): Obligation => ({
  unit: null,
  state: 'MISSING',
  task: { id, title: id, titleEn: null, version, status, progress, due: null, leadUnit: { code: 'TTCNTT' }, supportUnits: [] },
  report: null,
});

const draft = (partial: Partial<ItemDraft>): ItemDraft => ({
  taskId: 'T1',
  version: 1,
  included: true,
  status: 'IN_PROGRESS',
  progress: '',
  note: 'Đang triển khai',
  ...partial,
});

describe('the quarterly report form', () => {
  it('starts each task included, with a status its current one suggests and its progress', () => {
    expect(initialDrafts([obligation('T1', 'OVERDUE', 40), obligation('T2', 'DONE_LATE', null)])).toEqual([
      { taskId: 'T1', version: 3, included: true, status: 'BEHIND', progress: '40', note: '' },
      { taskId: 'T2', version: 3, included: true, status: 'DONE', progress: '', note: '' },
    ]);
    expect(suggestedStatus('PLANNED')).toBe('NOT_STARTED');
    expect(suggestedStatus('UNKNOWN')).toBe('IN_PROGRESS');
    expect(suggestedStatus('CANCELLED')).toBe('CANCELLED');
  });

  it('asks for a note and a whole progress from 0 to 100 on every included task only', () => {
    const errors = validateDrafts([
      draft({ taskId: 'A', note: '   ' }),
      draft({ taskId: 'B', progress: '101' }),
      draft({ taskId: 'C', progress: '4.5' }),
      draft({ taskId: 'D', progress: '-1' }),
      draft({ taskId: 'E', included: false, note: '', progress: 'x' }),
      draft({ taskId: 'F', progress: ' 100 ' }),
      draft({ taskId: 'G', note: 'x'.repeat(4001) }),
    ]);
    expect(errors.items).toEqual({
      A: { note: 'required' },
      B: { progress: 'range' },
      C: { progress: 'range' },
      D: { progress: 'range' },
      G: { note: 'tooLong' },
    });
    expect(errors.empty).toBe(false);
    expect(hasErrors(errors)).toBe(true);
  });

  it('refuses a report with no task included', () => {
    const errors = validateDrafts([draft({ included: false })]);
    expect(errors).toEqual({ items: {}, empty: true });
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(validateDrafts([draft({})]))).toBe(false);
  });

  it('sends the included tasks with their version, trimmed note and progress (null when left empty)', () => {
    const input = toSubmitInput({
      unit: 'TTCNTT',
      year: 2025,
      quarter: 4,
      drafts: [
        draft({ taskId: 'T1', version: 7, progress: ' 60 ', note: ' Đã xong giai đoạn 1 ' }),
        draft({ taskId: 'T2', included: false }),
        draft({ taskId: 'T3', status: 'DONE' }),
      ],
    });
    expect(input).toEqual({
      unit: 'TTCNTT',
      year: 2025,
      quarter: 4,
      items: [
        { id: 'T1', version: 7, status: 'IN_PROGRESS', progress: 60, note: 'Đã xong giai đoạn 1' },
        { id: 'T3', version: 1, status: 'DONE', progress: null, note: 'Đang triển khai' },
      ],
    });
  });

  it('keeps what was typed across a reload but takes the fresh versions', () => {
    const merged = mergeDrafts(
      [draft({ taskId: 'T1', version: 1, note: 'ghi chú' })],
      [draft({ taskId: 'T1', version: 2, note: '' }), draft({ taskId: 'T9', version: 5, note: '' })],
    );
    expect(merged).toEqual([draft({ taskId: 'T1', version: 2, note: 'ghi chú' }), draft({ taskId: 'T9', version: 5, note: '' })]);
  });
});
