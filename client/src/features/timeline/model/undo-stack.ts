import type { TaskEditValues } from './types.js';

/** One edit as data: the values of a task before and after it. Undo applies `before`, redo `after`. */
export interface EditCommand {
  taskId: string;
  before: TaskEditValues;
  after: TaskEditValues;
}

export interface UndoStack {
  /** Oldest first. */
  done: readonly EditCommand[];
  /** The most recently undone last. */
  undone: readonly EditCommand[];
  cap: number;
}

export const DEFAULT_UNDO_CAP = 100;

export function emptyUndoStack({ cap = DEFAULT_UNDO_CAP }: { cap?: number } = {}): UndoStack {
  return { done: [], undone: [], cap: Math.max(1, Math.floor(cap)) };
}

/** Records a new edit: clears the redo history and forgets the oldest edits beyond the cap. */
export function pushEdit({ stack, command }: { stack: UndoStack; command: EditCommand }): UndoStack {
  const done = [...stack.done, command];
  return { ...stack, done: done.length > stack.cap ? done.slice(done.length - stack.cap) : done, undone: [] };
}

/** The edit to revert (apply its `before`), and the stack after it; null when there is nothing to undo. */
export function undoEdit({ stack }: { stack: UndoStack }): { stack: UndoStack; command: EditCommand } | null {
  const command = stack.done[stack.done.length - 1];
  if (!command) return null;
  return { command, stack: { ...stack, done: stack.done.slice(0, -1), undone: [...stack.undone, command] } };
}

/** The edit to re-apply (its `after`), and the stack after it; null when there is nothing to redo. */
export function redoEdit({ stack }: { stack: UndoStack }): { stack: UndoStack; command: EditCommand } | null {
  const command = stack.undone[stack.undone.length - 1];
  if (!command) return null;
  return { command, stack: { ...stack, undone: stack.undone.slice(0, -1), done: [...stack.done, command] } };
}

/** Forgets an edit the server refused (matched by identity), wherever it is in the history. */
export function dropEdit({ stack, command }: { stack: UndoStack; command: EditCommand }): UndoStack {
  return { ...stack, done: stack.done.filter((c) => c !== command), undone: stack.undone.filter((c) => c !== command) };
}

export function canUndo({ stack }: { stack: UndoStack }): boolean {
  return stack.done.length > 0;
}

export function canRedo({ stack }: { stack: UndoStack }): boolean {
  return stack.undone.length > 0;
}
