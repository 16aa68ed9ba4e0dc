import type { TimeUnit } from './calendar-units.js';
import type { Lang } from './types.js';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What a header cell stands for, in numbers; labels are made from this. */
export interface UnitParts {
  year: number;
  quarter: number;
  month: number;
  day: number;
  isoWeek: number;
}

export interface UnitLabels {
  /** The full label, e.g. "Tháng 3/2019", "Quý 2/2019", "2019". */
  label: string;
  /** For narrow cells, e.g. "Tháng 3", "Q2", "T3" / "Mar". */
  short: string;
  /** For very narrow cells. */
  tiny: string;
}

/** Header labels for one unit in Vietnamese ("Tháng 1", "Quý 1") or English ("Jan", "Q1"). */
export function unitLabels({
  unit,
  parts,
  lang,
  withYear,
}: {
  unit: TimeUnit;
  parts: UnitParts;
  lang: Lang;
  withYear: boolean;
}): UnitLabels {
  const { year, quarter, month, day, isoWeek } = parts;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (unit) {
    case 'YEAR':
      return { label: String(year), short: String(year), tiny: `'${pad(year % 100)}` };
    case 'QUARTER': {
      const short = `Q${quarter}`;
      if (lang === 'vi') return { label: withYear ? `Quý ${quarter}/${year}` : `Quý ${quarter}`, short, tiny: String(quarter) };
      return { label: withYear ? `Q${quarter} ${year}` : short, short, tiny: String(quarter) };
    }
    case 'MONTH': {
      const en = EN_MONTHS[month - 1] ?? String(month);
      if (lang === 'vi') return { label: withYear ? `Tháng ${month}/${year}` : `Tháng ${month}`, short: `T${month}`, tiny: String(month) };
      return { label: withYear ? `${en} ${year}` : en, short: en, tiny: en.charAt(0) };
    }
    case 'WEEK': {
      const label = lang === 'vi' ? `Tuần ${isoWeek} (${pad(day)}/${pad(month)})` : `W${isoWeek} (${day} ${EN_MONTHS[month - 1] ?? month})`;
      return { label, short: lang === 'vi' ? `${pad(day)}/${pad(month)}` : `${day} ${EN_MONTHS[month - 1] ?? month}`, tiny: String(day) };
    }
    case 'DAY':
      return { label: String(day), short: String(day), tiny: String(day) };
  }
}

/**
 * The longest label of `labels` that fits in `width` pixels: about 8.5 px a character at the header's 12–13 px
 * (digits and Vietnamese letters are wide in the fallback fonts of a closed network), plus the cell's padding
 * and border, so a label shown is never clipped.
 */
export function fittingLabel({ labels, width }: { labels: UnitLabels; width: number }): string {
  const fits = (text: string) => text.length * 8.5 + 10 <= width;
  if (fits(labels.label)) return labels.label;
  if (fits(labels.short)) return labels.short;
  if (fits(labels.tiny)) return labels.tiny;
  return '';
}
