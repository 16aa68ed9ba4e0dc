import type { LocalDate } from '@lotrinh/shared';

/** A file name for an export: `lo-trinh-<what>-<day>[-<scope>].<ext>`, ASCII only (Vietnamese letters lose their marks). */
export function exportFileName({
  what,
  asOf,
  scope,
  ext,
}: {
  what: string;
  asOf: LocalDate;
  scope: readonly (string | null)[];
  ext: string;
}): string {
  const parts = ['lo-trinh', what, asOf, ...scope.filter((part): part is string => Boolean(part))];
  const safe = parts.map((part) =>
    part
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9-]+/g, '-'),
  );
  return `${safe.join('-')}.${ext}`;
}
