import type { LocalDate } from '@lotrinh/shared';
import type { I18n } from '../../../i18n/i18n.js';
import type { LayoutRow } from '../model/layout.js';
import type { RowDates } from '../model/rollup.js';

type Text = Pick<I18n, 't' | 'formatDate' | 'pick'>;

/** A row's visible name: a task's title in the chosen language, or a group's name. */
export function rowTitle({ row, i18n }: { row: LayoutRow; i18n: Text }): string {
  if (row.type === 'task') return i18n.pick(row.task.title, row.task.titleEn);
  if (row.missing) return i18n.t(`timeline.group.none.${row.key.split(':')[1] ?? 'plan'}`);
  return i18n.pick(row.label, row.labelEn);
}

function dateText(i18n: Text, date: LocalDate | null, derived: boolean): string {
  if (date === null) return i18n.t('timeline.bar.unknownDate');
  const text = i18n.formatDate(date);
  return derived ? i18n.t('timeline.bar.derived', { date: text }) : text;
}

function progressText(i18n: Text, progress: number | null): string {
  return progress === null ? i18n.t('timeline.bar.noProgress') : i18n.t('timeline.bar.progress', { progress: Math.round(progress) });
}

/** The accessible name of a row's bar: title, dates (and how they are known), status, progress. */
export function rowAriaLabel({ row, dates, i18n }: { row: LayoutRow; dates: RowDates; i18n: Text }): string {
  const title = rowTitle({ row, i18n });
  const start = dateText(i18n, dates.start, dates.startDerived);
  const due = dateText(i18n, dates.due, dates.dueDerived);
  if (row.type === 'group') return i18n.t('timeline.group.label', { name: title, count: row.count, start, due });
  const status = i18n.t(`timeline.status.${row.task.status}`);
  if (dates.start === null && dates.due === null) return i18n.t('timeline.bar.undated', { title, status });
  if (row.task.kind === 'MILESTONE') return i18n.t('timeline.bar.milestone', { title, date: dates.due !== null ? due : start, status });
  if (dates.rolledUp) return i18n.t('timeline.bar.summary', { title, start, due, progress: progressText(i18n, dates.progress) });
  return i18n.t('timeline.bar.label', { title, start, due, status, progress: progressText(i18n, dates.progress) });
}

/** "07/03/2019 – 20/03/2019" or "45%", for the label that follows a drag. */
export function editText({
  i18n,
  start,
  due,
  progress,
  showProgress,
}: {
  i18n: Text;
  start: LocalDate | null;
  due: LocalDate | null;
  progress: number | null;
  showProgress: boolean;
}): string {
  if (showProgress) return `${Math.round(progress ?? 0)}%`;
  return `${dateText(i18n, start, false)} – ${dateText(i18n, due, false)}`;
}
