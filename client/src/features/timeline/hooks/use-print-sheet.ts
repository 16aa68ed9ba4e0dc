import { useMemo } from 'react';
import { today as todayOf, type LocalDate } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import type { FilterOptions } from '../model/filter-options.js';
import type { LayoutRow } from '../model/layout.js';
import type { Paper } from '../model/paper.js';
import { printCaption } from '../model/print-caption.js';
import { printLayout, type PrintLayout, type PrintRowText } from '../model/print-pages.js';
import type { Grouping, TimelineFilters } from '../model/types.js';
import { rowTitle } from '../components/row-labels.js';

/** The words at the top of every printed page. */
export interface PrintHeading {
  title: string;
  asOf: string;
  caption: string;
  printedOn: string;
}

export interface PrintSheetData {
  rows: readonly LayoutRow[];
  texts: readonly PrintRowText[];
  layout: PrintLayout;
  heading: PrintHeading;
}

/**
 * What a printed timeline shows, in the chosen language: each row's text as printed, the pages (see
 * printLayout) and the page heading (the view's title, the day the data is as of, the filters in words and
 * the day it is printed).
 */
export function usePrintSheet(options: {
  rows: readonly LayoutRow[];
  paper: Paper;
  domain: { start: LocalDate; end: LocalDate };
  asOf: LocalDate;
  grouping: Grouping;
  filters: TimelineFilters;
  search: string;
  matchCount: number;
  filterOptions: FilterOptions;
  shown: number;
  total: number;
}): PrintSheetData {
  const { rows, paper, domain, asOf, grouping, filters, search, matchCount, filterOptions, shown, total } = options;
  const i18n = useI18n();
  const texts = useMemo(
    () =>
      rows.map((row): PrintRowText => {
        const title = rowTitle({ row, i18n });
        const { start, due } = row.dates;
        return {
          title: row.type === 'group' ? `${title} (${row.count})` : title,
          leadUnit: row.type === 'task' ? (row.task.leadUnit?.code ?? '') : '',
          dates: start === null && due === null ? [] : [i18n.formatDate(start), i18n.formatDate(due)],
        };
      }),
    [rows, i18n],
  );
  const layout = useMemo(() => printLayout({ rows, texts, paper, fallback: domain }), [rows, texts, paper, domain]);
  const heading = useMemo(() => {
    const collapsedCount = rows.reduce((count, row) => count + Number(row.collapsed), 0);
    const caption = printCaption({ grouping, filters, search, matchCount, collapsedCount, shown, total, filterOptions, text: i18n });
    return {
      title: i18n.t('timeline.title'),
      asOf: i18n.t('timeline.print.asOf', { date: i18n.formatDate(asOf) }),
      caption: caption.join(' · '),
      printedOn: i18n.t('timeline.print.printedOn', { date: i18n.formatDate(todayOf()) }),
    };
  }, [rows, grouping, filters, search, matchCount, shown, total, filterOptions, asOf, i18n]);
  return { rows, texts, layout, heading };
}
