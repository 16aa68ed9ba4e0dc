import type { TaskEditValues } from './types.js';
import type { TimelineCommand } from './undo-stack.js';

/** The kind of change a notice or an announcement is about. */
export type CommandKind = (TimelineCommand['type'] & string) | 'edit';

/** A refused change: what was tried, on which task, and the server's code and message. */
export interface EditNotice {
  seq: number;
  code: string;
  message: string;
  kind: CommandKind;
  taskId: string;
  title: string;
  titleEn: string | null;
  /** The other task of a dependency. */
  other: { title: string; titleEn: string | null } | null;
}

/** A change saved, undone or redone, for the live region. */
export interface EditAnnouncement {
  seq: number;
  kind: 'saved' | 'undone' | 'redone';
  command: CommandKind;
  taskId: string;
  title: string;
  titleEn: string | null;
  values: TaskEditValues | null;
}

/** The GraphQL code and message of a refusal (the owner's Error with `code`, or a raw GraphQL error). */
export function errorOf(error: unknown): { code: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { code, extensions, message } = error as { code?: unknown; extensions?: { code?: unknown }; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (typeof code === 'string') return { code, message: text };
    if (typeof extensions?.code === 'string') return { code: extensions.code, message: text };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: '' };
}
