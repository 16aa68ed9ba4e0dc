import { foldText } from '@lotrinh/shared';

/** The folded text a task is searched by: titles in both languages, description and quotes. */
export function taskSearchText(parts: readonly (string | null | undefined)[]): string {
  return foldText(parts.filter((part): part is string => Boolean(part)).join(' \n '));
}
