import { describe, expect, it } from 'vitest';
import { provenanceAfterEdit } from '../../server/src/modules/tasks/date-provenance.js';
import type { TaskSnapshot } from '../../server/src/modules/tasks/task-change.entity.js';

const snap = (due: string | null, dueKnown?: TaskSnapshot['dueKnown'], dueBasis?: string | null): TaskSnapshot => ({
  title: 't',
  start: null,
  due,
  completedOn: null,
  progress: null,
  deleted: false,
  ...(dueKnown ? { dueKnown, dueBasis } : {}),
});
const current = { value: '2014-12-31', known: 'DERIVED' as const, basis: 'End of 2014.' };
const today = '2026-11-23';

describe('provenanceAfterEdit', () => {
  it('keeps the provenance of a date the edit leaves as it is', () => {
    expect(provenanceAfterEdit({ field: 'due', value: '2014-12-31', current, history: [], today })).toEqual({
      known: 'DERIVED',
      basis: 'End of 2014.',
    });
  });

  it('says a new date was stated by the edit, on its day, and a cleared one is unknown', () => {
    expect(provenanceAfterEdit({ field: 'due', value: '2015-03-31', current, history: [], today })).toEqual({
      known: 'STATED',
      basis: 'Set by an edit on 2026-11-23.',
    });
    expect(provenanceAfterEdit({ field: 'due', value: null, current, history: [], today })).toEqual({
      known: 'UNKNOWN',
      basis: 'Cleared by an edit on 2026-11-23.',
    });
  });

  it('gives a date set back to an earlier value the provenance it had then (the newest such)', () => {
    const history = [snap('2014-12-31', 'DERIVED', 'End of 2014.'), snap('2015-03-31', 'STATED', 'Set by an edit on 2026-11-20.')];
    const moved = { value: '2015-03-31', known: 'STATED' as const, basis: 'Set by an edit on 2026-11-20.' };
    expect(provenanceAfterEdit({ field: 'due', value: '2014-12-31', current: moved, history, today })).toEqual({
      known: 'DERIVED',
      basis: 'End of 2014.',
    });
    // Snapshots recorded before provenance was kept say nothing: the edit states the date.
    expect(provenanceAfterEdit({ field: 'due', value: '2013-01-01', current, history: [snap('2013-01-01')], today }).known).toBe('STATED');
  });
});
