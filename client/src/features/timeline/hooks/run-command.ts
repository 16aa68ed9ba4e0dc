import type {
  AddDependencyInput,
  RemoveDependencyInput,
  RescheduleInput,
  SetProgressInput,
  UpdateDependencyInput,
  UpdateTaskInput,
  VersionedTaskInput,
} from '../model/types.js';
import { commandValues, type Direction, type TimelineCommand } from '../model/undo-stack.js';

/** The owner's mutations an undoable command may call; each rejects with an Error carrying a GraphQL `code`. */
export interface CommandHandlers {
  onReschedule: (input: RescheduleInput) => Promise<void>;
  onSetProgress: (input: SetProgressInput) => Promise<void>;
  onDeleteTask?: (input: VersionedTaskInput) => Promise<void>;
  onRestoreTask?: (input: VersionedTaskInput) => Promise<void>;
  onAddDependency?: (input: AddDependencyInput) => Promise<void>;
  onRemoveDependency?: (input: RemoveDependencyInput) => Promise<void>;
  onUpdateTask?: (input: UpdateTaskInput) => Promise<void>;
  onUpdateDependency?: (input: UpdateDependencyInput) => Promise<void>;
}

export interface CommandContext {
  handlers: CommandHandlers;
  /** The newest version known of a task (from the data, or from changes this client made since). */
  version: (taskId: string) => number;
  /** Records that a change sent with `used` was accepted: the task is now at `used + 1`. */
  accepted: (taskId: string, used: number) => void;
  /** The id of the dependency of `taskId` on `dependsOnId` in the latest data, if any. */
  dependencyId: (taskId: string, dependsOnId: string) => string | null;
}

/** An error shaped like the owner's (a GraphQL `code`), for refusals decided here. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

function missing(name: string): never {
  throw new CommandError(`${name} is not available`, 'UNSUPPORTED');
}

/** Carries out one command (or its inverse, for undo) through the owner's mutations, one after another. */
export async function runCommand({ command, direction, context }: { command: TimelineCommand; direction: Direction; context: CommandContext }) {
  const { handlers, version, accepted, dependencyId } = context;
  const id = command.taskId;
  const call = async <T>(send: ((input: T) => Promise<void>) | undefined, name: string, input: (used: number) => T) => {
    if (!send) missing(name);
    const used = version(id);
    await send(input(used));
    accepted(id, used);
  };
  const dependencyOf = (dependsOnId: string) => {
    const dependency = dependencyId(id, dependsOnId);
    if (dependency === null) throw new CommandError('The dependency is no longer there', 'NOT_FOUND');
    return dependency;
  };
  switch (command.type) {
    case 'update': {
      const { to } = commandValues(command, direction);
      await call(handlers.onUpdateTask, 'updateTask', (used) => ({ ...to, id, version: used }));
      return;
    }
    case 'relink': {
      const { to } = commandValues(command, direction);
      const dependency = dependencyOf(command.dependsOnId);
      await call(handlers.onUpdateDependency, 'updateDependency', (used) => ({ id, version: used, dependencyId: dependency, ...to }));
      return;
    }
    case 'create':
      if (direction === 'undo') await call(handlers.onDeleteTask, 'deleteTask', (used) => ({ id, version: used }));
      if (direction === 'redo') await call(handlers.onRestoreTask, 'restoreTask', (used) => ({ id, version: used }));
      return;
    case 'link':
    case 'unlink': {
      const adding = (command.type === 'link') !== (direction === 'undo');
      if (adding) {
        await call(handlers.onAddDependency, 'addDependency', (used) => ({
          id,
          version: used,
          dependsOnId: command.dependsOnId,
          type: command.dependencyType,
          lagDays: command.lagDays,
        }));
        return;
      }
      const dependency = dependencyOf(command.dependsOnId);
      await call(handlers.onRemoveDependency, 'removeDependency', (used) => ({ id, version: used, dependencyId: dependency }));
      return;
    }
    default: {
      const { from, to } = commandValues(command, direction);
      if (to.start !== from.start || to.due !== from.due) {
        await call(handlers.onReschedule, 'rescheduleTask', (used) => ({ id, version: used, start: to.start, due: to.due }));
      }
      if (to.progress !== from.progress && to.progress !== null) {
        const progress = to.progress;
        await call(handlers.onSetProgress, 'setTaskProgress', (used) => ({ id, version: used, progress }));
      }
    }
  }
}
