import type { TaskCounts } from './task-counts.js';

export interface UnitInfo {
  code: string;
  name: string;
  nameEn: string;
}

export interface UnitStats extends TaskCounts {
  key: { leadUnit: string | null };
}

export interface ScorecardRow {
  /** Null for the tasks no source gives a lead unit for. */
  unit: UnitInfo | null;
  /** The code as the statistics give it (kept when the unit list lacks it). */
  code: string | null;
  led: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  atRisk: number;
  open: number;
  unknown: number;
}

/** One row per lead unit: most overdue first, then most tasks led, then by code; tasks with no lead unit last. */
export function unitScorecard({ stats, units }: { stats: readonly UnitStats[]; units: readonly UnitInfo[] }): ScorecardRow[] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  return stats
    .filter((group) => group.count > 0)
    .map((group) => ({
      unit: group.key.leadUnit ? (byCode.get(group.key.leadUnit) ?? null) : null,
      code: group.key.leadUnit,
      led: group.count,
      doneOnTime: group.doneOnTime,
      doneLate: group.doneLate,
      overdue: group.overdue,
      atRisk: group.atRisk,
      open: group.open,
      unknown: group.unknown,
    }))
    .sort(
      (a, b) =>
        Number(a.code === null) - Number(b.code === null) ||
        b.overdue - a.overdue ||
        b.led - a.led ||
        (a.code ?? '').localeCompare(b.code ?? ''),
    );
}
