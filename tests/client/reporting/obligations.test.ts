import { describe, expect, it } from 'vitest';
import {
  groupByUnit,
  reportingUnits,
  tasksToReport,
  unanswerable,
  type Obligation,
} from '../../../client/src/features/reporting/model/obligations.js';

const unit = (code: string) => ({ code, name: `Đơn vị ${code}`, nameEn: code });

function obligation(id: string, lead: string | null, support: string[], state: Obligation['state']): Obligation {
  return {
    unit: lead ? unit(lead) : null,
    state,
    task: {
      id,
      title: `Nhiệm vụ ${id}`,
      titleEn: null,
      version: 1,
      status: 'OVERDUE',
      progress: null,
      due: '2022-12-31',
      leadUnit: lead ? { code: lead } : null,
      supportUnits: support.map((code) => ({ code })),
    },
    report: null,
  };
}

const all = [
  obligation('T51', null, [], 'MISSING'),
  obligation('T71', null, ['TTCNTT'], 'MISSING'),
  obligation('T66', 'BCĐ-CĐS', [], 'RECEIVED_LATE'),
  obligation('T69', 'KHTC', ['TTCNTT'], 'MISSING'),
  obligation('T67', 'TTCNTT', [], 'RECEIVED_ON_TIME'),
  obligation('T68', 'TTCNTT', [], 'MISSING'),
];

describe('reports owed in a quarter', () => {
  it('groups them by unit, by code, with the tasks of no lead unit last, and counts each state', () => {
    const { groups, totals } = groupByUnit(all);
    expect(groups.map((g) => g.unit?.code ?? null)).toEqual(['BCĐ-CĐS', 'KHTC', 'TTCNTT', null]);
    expect(groups[2]!.counts).toEqual({ RECEIVED_ON_TIME: 1, RECEIVED_LATE: 0, MISSING: 1, NOT_YET_DUE: 0 });
    expect(groups[3]!.obligations.map((o) => o.task.id)).toEqual(['T51', 'T71']);
    expect(totals).toEqual({ RECEIVED_ON_TIME: 1, RECEIVED_LATE: 1, MISSING: 4, NOT_YET_DUE: 0 });
  });

  it('gives a unit the tasks it leads and the lead-less tasks it supports, not those another unit leads', () => {
    expect(tasksToReport(all, 'TTCNTT').map((o) => o.task.id)).toEqual(['T71', 'T67', 'T68']);
    expect(tasksToReport(all, 'KHTC').map((o) => o.task.id)).toEqual(['T69']);
    expect(tasksToReport(all, 'VP')).toEqual([]);
  });

  it('lists the units that can report, and the tasks no unit can', () => {
    expect(reportingUnits(all)).toEqual(['BCĐ-CĐS', 'KHTC', 'TTCNTT']);
    expect(unanswerable(all).map((o) => o.task.id)).toEqual(['T51']);
  });
});
