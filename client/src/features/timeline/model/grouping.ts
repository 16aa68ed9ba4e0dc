import type { Grouping, TimelineTask } from './types.js';

/** The group a task falls in under a grouping; `missing` is the group of tasks with no plan / unit / document. */
export interface GroupInfo {
  key: string;
  label: string;
  labelEn: string | null;
  missing: boolean;
}

export function groupOf({ task, grouping }: { task: TimelineTask; grouping: Grouping }): GroupInfo {
  const missing = (label: string) => ({ key: `group:${grouping}:`, label, labelEn: null, missing: true });
  switch (grouping) {
    case 'none':
      return missing('');
    case 'plan':
      return task.plan
        ? { key: `group:plan:${task.plan.id}`, label: task.plan.title, labelEn: task.plan.titleEn, missing: false }
        : missing('');
    case 'leadUnit': {
      const unit = task.leadUnit;
      return unit
        ? {
            key: `group:leadUnit:${unit.code}`,
            label: `${unit.code} · ${unit.name}`,
            labelEn: unit.nameEn ? `${unit.code} · ${unit.nameEn}` : null,
            missing: false,
          }
        : missing('');
    }
    case 'document':
      return task.assignedBy
        ? { key: `group:document:${task.assignedBy.id}`, label: task.assignedBy.label, labelEn: null, missing: false }
        : missing('');
  }
}
