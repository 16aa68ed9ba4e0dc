import { describe, expect, it } from 'vitest';
import { runCommand, type CommandContext } from '../../../client/src/features/timeline/hooks/run-command.js';

/** Handlers that record each call, and versions that move as the server's would. */
function recorder(dependencies: Record<string, string> = {}) {
  const calls: [string, unknown][] = [];
  const versions = new Map<string, number>([['t1', 3]]);
  const record = (name: string) => async (input: unknown) => void calls.push([name, input]);
  const context: CommandContext = {
    handlers: {
      onReschedule: record('reschedule'),
      onSetProgress: record('progress'),
      onDeleteTask: record('delete'),
      onRestoreTask: record('restore'),
      onAddDependency: record('add'),
      onRemoveDependency: record('remove'),
      onUpdateTask: record('update'),
      onUpdateDependency: record('relink'),
    },
    version: (id) => versions.get(id) ?? 1,
    accepted: (id, used) => void versions.set(id, used + 1),
    dependencyId: (id, on) => dependencies[`${id}→${on}`] ?? null,
  };
  return { calls, context };
}

describe('runCommand', () => {
  it('sends a move and a progress change one after the other, each with the version the previous one made', async () => {
    const { calls, context } = recorder();
    const command = { taskId: 't1', before: { start: '2019-01-01', due: '2019-01-31', progress: 10 }, after: { start: '2019-01-05', due: '2019-02-04', progress: 20 } };
    await runCommand({ command, direction: 'do', context });
    await runCommand({ command, direction: 'undo', context });
    expect(calls).toEqual([
      ['reschedule', { id: 't1', version: 3, start: '2019-01-05', due: '2019-02-04' }],
      ['progress', { id: 't1', version: 4, progress: 20 }],
      ['reschedule', { id: 't1', version: 5, start: '2019-01-01', due: '2019-01-31' }],
      ['progress', { id: 't1', version: 6, progress: 10 }],
    ]);
  });

  it('undoes a creation by deleting the task and redoes it by restoring it', async () => {
    const { calls, context } = recorder();
    const command = { type: 'create' as const, taskId: 't9', title: 'Mới' };
    await runCommand({ command, direction: 'do', context });
    await runCommand({ command, direction: 'undo', context });
    await runCommand({ command, direction: 'redo', context });
    expect(calls).toEqual([
      ['delete', { id: 't9', version: 1 }],
      ['restore', { id: 't9', version: 2 }],
    ]);
  });

  it('undoes a link by removing the dependency it made, found in the latest data', async () => {
    const { calls, context } = recorder({ 't1→t2': 'TaskDependency:7' });
    const command = { type: 'link' as const, taskId: 't1', dependsOnId: 't2', dependencyType: 'START_TO_START' as const, lagDays: 2 };
    await runCommand({ command, direction: 'do', context });
    await runCommand({ command, direction: 'undo', context });
    expect(calls).toEqual([
      ['add', { id: 't1', version: 3, dependsOnId: 't2', type: 'START_TO_START', lagDays: 2 }],
      ['remove', { id: 't1', version: 4, dependencyId: 'TaskDependency:7' }],
    ]);
    const unlink = { ...command, type: 'unlink' as const };
    await runCommand({ command: unlink, direction: 'undo', context });
    expect(calls.at(-1)).toEqual(['add', { id: 't1', version: 5, dependsOnId: 't2', type: 'START_TO_START', lagDays: 2 }]);
  });

  it('sends a side-panel update with the latest version, and undoes it with the fields as they were (null included)', async () => {
    const { calls, context } = recorder();
    const command = { type: 'update' as const, taskId: 't1', before: { title: 'Cũ', progress: null }, after: { title: 'Mới', progress: 40 } };
    await runCommand({ command, direction: 'do', context });
    await runCommand({ command, direction: 'undo', context });
    await runCommand({ command, direction: 'redo', context });
    expect(calls).toEqual([
      ['update', { id: 't1', version: 3, title: 'Mới', progress: 40 }],
      ['update', { id: 't1', version: 4, title: 'Cũ', progress: null }],
      ['update', { id: 't1', version: 5, title: 'Mới', progress: 40 }],
    ]);
  });

  it('changes a dependency’s kind and lag, found in the latest data, and undoes it with the old ones', async () => {
    const { calls, context } = recorder({ 't1→t2': 'TaskDependency:7' });
    const command = {
      type: 'relink' as const,
      taskId: 't1',
      dependsOnId: 't2',
      before: { type: 'FINISH_TO_START' as const, lagDays: 0 },
      after: { type: 'START_TO_START' as const, lagDays: 5 },
    };
    await runCommand({ command, direction: 'do', context });
    await runCommand({ command, direction: 'undo', context });
    expect(calls).toEqual([
      ['relink', { id: 't1', version: 3, dependencyId: 'TaskDependency:7', type: 'START_TO_START', lagDays: 5 }],
      ['relink', { id: 't1', version: 4, dependencyId: 'TaskDependency:7', type: 'FINISH_TO_START', lagDays: 0 }],
    ]);
    await expect(runCommand({ command: { ...command, dependsOnId: 't3' }, direction: 'redo', context })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('fails with a code when the dependency is gone or the owner cannot do it', async () => {
    const { context } = recorder();
    const unlink = { type: 'unlink' as const, taskId: 't1', dependsOnId: 't2', dependencyType: 'FINISH_TO_START' as const, lagDays: 0 };
    await expect(runCommand({ command: unlink, direction: 'do', context })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const create = { type: 'create' as const, taskId: 't9', title: 'Mới' };
    const bare = { ...context, handlers: { onReschedule: context.handlers.onReschedule, onSetProgress: context.handlers.onSetProgress } };
    await expect(runCommand({ command: create, direction: 'undo', context: bare })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
