import type { IndicatorValueKind, LocalDate } from '@lotrinh/shared';

export interface SourceRef {
  sourceFile: string | null;
  url: string | null;
}

export interface IndicatorCitation extends SourceRef {
  id: string;
  quote: string;
}

export interface IndicatorPoint {
  id: string;
  date: LocalDate;
  value: number;
  numerator: number | null;
  denominator: number | null;
  kind: IndicatorValueKind;
  ambiguity: string | null;
  citations: IndicatorCitation[];
}

export interface IndicatorSeries {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  unitOfMeasure: string;
  ambiguity: string | null;
  values: IndicatorPoint[];
}

export interface PlanSources {
  key: string;
  citations: SourceRef[];
}

function sourceKey(ref: SourceRef): string | null {
  return ref.sourceFile ?? ref.url;
}

/**
 * The values of each indicator as they were known on `asOf`. A value comes from a source; the source is
 * known from the day the roadmap holds a task of a plan that cites it (`plansOnRoadmap`: plan keys with
 * tasks on the day). A measured value also needs its day to have come. A value whose source no plan cites
 * is known from its own date. Indicators with no value known are left out.
 */
export function knownIndicatorValues({
  indicators,
  plans,
  plansOnRoadmap,
  asOf,
}: {
  indicators: readonly IndicatorSeries[];
  plans: readonly PlanSources[];
  plansOnRoadmap: ReadonlySet<string>;
  asOf: LocalDate;
}): IndicatorSeries[] {
  const sourcePlans = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const citation of plan.citations) {
      const key = sourceKey(citation);
      if (key) sourcePlans.set(key, (sourcePlans.get(key) ?? new Set()).add(plan.key));
    }
  }
  const known = (point: IndicatorPoint): boolean => {
    if (point.kind === 'ACTUAL' && point.date > asOf) return false;
    const planned = point.citations.flatMap((citation) => [...(sourcePlans.get(sourceKey(citation) ?? '') ?? [])]);
    if (planned.length === 0) return point.date <= asOf;
    return planned.some((plan) => plansOnRoadmap.has(plan));
  };
  return indicators
    .map((indicator) => ({ ...indicator, values: indicator.values.filter(known) }))
    .filter((indicator) => indicator.values.length > 0);
}
