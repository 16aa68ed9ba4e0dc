import type { TimelineTask } from '../../../client/src/features/timeline/model/types.js';

/** A task with sensible defaults; override what the test is about. */
export function makeTask(overrides: Partial<TimelineTask> & { id: string }): TimelineTask {
  return {
    title: `Nhiệm vụ ${overrides.id}`,
    titleEn: null,
    kind: 'TASK',
    status: 'PLANNED',
    progress: null,
    start: '2014-01-01',
    due: '2014-12-31',
    startKnown: 'STATED',
    dueKnown: 'STATED',
    completedOn: null,
    leadUnit: null,
    plan: null,
    assignedBy: null,
    parentId: null,
    version: 1,
    dependencies: [],
    ...overrides,
  };
}
