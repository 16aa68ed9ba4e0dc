import { describe, expect, it } from 'vitest';
import { deriveTaskStatus } from '@lotrinh/shared';

const base = { start: '2013-11-01', due: '2013-11-30', completedOn: null, observations: [] };

describe('deriveTaskStatus', () => {
  it('is planned before the start and in progress between start and due', () => {
    expect(deriveTaskStatus({ ...base, asOf: '2013-10-31' })).toBe('PLANNED');
    expect(deriveTaskStatus({ ...base, asOf: '2013-11-15' })).toBe('IN_PROGRESS');
  });

  it('is overdue after the due date when nothing says it was done', () => {
    expect(deriveTaskStatus({ ...base, asOf: '2013-12-01' })).toBe('OVERDUE');
  });

  it('tells done on time from done late by the completion date', () => {
    expect(deriveTaskStatus({ ...base, completedOn: '2013-11-20', asOf: '2014-01-01' })).toBe('DONE_ON_TIME');
    expect(deriveTaskStatus({ ...base, completedOn: '2013-12-20', asOf: '2014-01-01' })).toBe('DONE_LATE');
    expect(deriveTaskStatus({ ...base, completedOn: '2013-12-20', asOf: '2013-12-01' })).toBe('OVERDUE');
  });

  it('uses only the observations known on the date', () => {
    const observations = [
      { observedOn: '2013-09-30', status: 'BEHIND' as const },
      { observedOn: '2013-11-25', status: 'DONE' as const },
    ];
    expect(deriveTaskStatus({ ...base, observations, asOf: '2013-09-29' })).toBe('PLANNED');
    expect(deriveTaskStatus({ ...base, observations, asOf: '2013-10-01' })).toBe('AT_RISK');
    expect(deriveTaskStatus({ ...base, observations, asOf: '2013-11-26' })).toBe('DONE_ON_TIME');
  });

  it('does not guess when a task reported done after its deadline was finished', () => {
    const observations = [{ observedOn: '2014-02-01', status: 'DONE' as const }];
    expect(deriveTaskStatus({ ...base, observations, asOf: '2014-03-01' })).toBe('UNKNOWN');
  });

  it('is unknown when there are no dates and no observations', () => {
    expect(deriveTaskStatus({ start: null, due: null, completedOn: null, observations: [], asOf: '2020-01-01' })).toBe('UNKNOWN');
  });
});
