import type { TimelineFilters, TimelineTask } from './types.js';

export interface UnitOption {
  code: string;
  name: string;
  nameEn: string | null;
  count: number;
}

export interface PlanOption {
  id: string;
  title: string;
  titleEn: string | null;
  count: number;
}

/** A document (by its number) or an event (by its id) that assigned tasks. */
export interface AssignerOption {
  value: string;
  id: string;
  label: string;
  kind: 'DOCUMENT' | 'EVENT';
  count: number;
}

export interface FilterOptions {
  units: UnitOption[];
  plans: PlanOption[];
  assigners: AssignerOption[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

/**
 * The choices the filters offer: the lead units, plans and assigning documents and events the tasks
 * actually have, each with how many tasks it has, in a stable order (units by code, plans by title,
 * documents by number before events by title).
 */
export function filterOptions({ tasks }: { tasks: readonly TimelineTask[] }): FilterOptions {
  const units = new Map<string, UnitOption>();
  const plans = new Map<string, PlanOption>();
  const assigners = new Map<string, AssignerOption>();
  for (const task of tasks) {
    const { leadUnit, plan, assignedBy } = task;
    if (leadUnit) {
      const unit = units.get(leadUnit.code) ?? { ...leadUnit, count: 0 };
      unit.count += 1;
      units.set(leadUnit.code, unit);
    }
    if (plan) {
      const option = plans.get(plan.id) ?? { ...plan, count: 0 };
      option.count += 1;
      plans.set(plan.id, option);
    }
    if (assignedBy) {
      const kind = assignedBy.kind ?? 'DOCUMENT';
      // A document is best known by its number (a readable link: ?doc=458/TB-VP); an event by its id.
      const value = kind === 'DOCUMENT' ? assignedBy.label : assignedBy.id;
      const option = assigners.get(value) ?? { value, id: assignedBy.id, label: assignedBy.label, kind, count: 0 };
      option.count += 1;
      assigners.set(value, option);
    }
  }
  return {
    units: [...units.values()].sort((a, b) => byText(a.code, b.code)),
    plans: [...plans.values()].sort((a, b) => byText(a.title, b.title)),
    assigners: [...assigners.values()].sort((a, b) => (a.kind === b.kind ? byText(a.label, b.label) : a.kind === 'DOCUMENT' ? -1 : 1)),
  };
}

/** The option a filter value (an id or a label, as a link may carry either) stands for. */
export function assignerFor({ options, value }: { options: readonly AssignerOption[]; value: string | null }): AssignerOption | null {
  if (value === null) return null;
  return options.find((option) => option.value === value) ?? options.find((option) => option.id === value || option.label === value) ?? null;
}

/** How many filters are set (a date window counts once). */
export function activeFilterCount({ filters }: { filters: TimelineFilters }): number {
  return (
    Number(filters.units.length > 0) +
    Number(filters.plan !== null) +
    Number(filters.status.length > 0) +
    Number(filters.document !== null) +
    Number(filters.from !== null || filters.to !== null)
  );
}
