import type { DependencyType } from '@lotrinh/shared';
import type { LinkSettings, TaskEditValues, TaskUpdateFields } from './types.js';

/** One edit as data: the values of a task before and after it. Undo applies `before`, redo `after`. */
export interface EditCommand {
  type?: 'edit';
  taskId: string;
  before: TaskEditValues;
  after: TaskEditValues;
}

/** A task created on the timeline: undo deletes it, redo restores it. */
export interface CreateCommand {
  type: 'create';
  taskId: string;
  title: string;
}

/** A dependency drawn (`link`) or removed (`unlink`): `taskId` depends on `dependsOnId`. Undo does the opposite. */
export interface LinkCommand {
  type: 'link' | 'unlink';
  taskId: string;
  dependsOnId: string;
  dependencyType: DependencyType;
  lagDays: number;
}

/** A change of a task's fields (the side panel's): the fields it changed, as they were and as they became. */
export interface UpdateCommand {
  type: 'update';
  taskId: string;
  before: TaskUpdateFields;
  after: TaskUpdateFields;
}

/** A new kind or lag of the dependency of `taskId` on `dependsOnId`. */
export interface RelinkCommand {
  type: 'relink';
  taskId: string;
  dependsOnId: string;
  before: LinkSettings;
  after: LinkSettings;
}

/** Every change the timeline can undo. */
export type TimelineCommand = EditCommand | CreateCommand | LinkCommand | UpdateCommand | RelinkCommand;

/** Doing a command, undoing it, or doing it again. */
export type Direction = 'do' | 'undo' | 'redo';

/** The values a command moves from and to in a direction: undo goes back to `before`. */
export function commandValues<V>(command: { before: V; after: V }, direction: Direction): { from: V; to: V } {
  return direction === 'undo' ? { from: command.after, to: command.before } : { from: command.before, to: command.after };
}

export interface UndoStack<C = TimelineCommand> {
  /** Oldest first. */
  done: readonly C[];
  /** The most recently undone last. */
  undone: readonly C[];
  cap: number;
}

export const DEFAULT_UNDO_CAP = 100;

export function emptyUndoStack<C = TimelineCommand>({ cap = DEFAULT_UNDO_CAP }: { cap?: number } = {}): UndoStack<C> {
  return { done: [], undone: [], cap: Math.max(1, Math.floor(cap)) };
}

/** Records a new edit: clears the redo history and forgets the oldest edits beyond the cap. */
export function pushEdit<C>({ stack, command }: { stack: UndoStack<C>; command: C }): UndoStack<C> {
  const done = [...stack.done, command];
  return { ...stack, done: done.length > stack.cap ? done.slice(done.length - stack.cap) : done, undone: [] };
}

/** The edit to revert (apply its `before`), and the stack after it; null when there is nothing to undo. */
export function undoEdit<C>({ stack }: { stack: UndoStack<C> }): { stack: UndoStack<C>; command: C } | null {
  const command = stack.done[stack.done.length - 1];
  if (!command) return null;
  return { command, stack: { ...stack, done: stack.done.slice(0, -1), undone: [...stack.undone, command] } };
}

/** The edit to re-apply (its `after`), and the stack after it; null when there is nothing to redo. */
export function redoEdit<C>({ stack }: { stack: UndoStack<C> }): { stack: UndoStack<C>; command: C } | null {
  const command = stack.undone[stack.undone.length - 1];
  if (!command) return null;
  return { command, stack: { ...stack, undone: stack.undone.slice(0, -1), done: [...stack.done, command] } };
}

/** Forgets an edit the server refused (matched by identity), wherever it is in the history. */
export function dropEdit<C>({ stack, command }: { stack: UndoStack<C>; command: C }): UndoStack<C> {
  return { ...stack, done: stack.done.filter((c) => c !== command), undone: stack.undone.filter((c) => c !== command) };
}

export function canUndo<C>({ stack }: { stack: UndoStack<C> }): boolean {
  return stack.done.length > 0;
}

export function canRedo<C>({ stack }: { stack: UndoStack<C> }): boolean {
  return stack.undone.length > 0;
}
