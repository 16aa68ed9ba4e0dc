/**
 * The shape of the curated roadmap dataset. Every record carries citations; a value the sources do
 * not give is `null` (never invented), and where the sources are unclear or disagree, `ambiguity`
 * says so in plain words. Keys (`key`, `code`, `number`) are how records refer to each other.
 */
import type {
  DateKnowledge,
  DependencyType,
  DocumentKind,
  EventKind,
  IndicatorValueKind,
  LocalDate,
  ObservedStatus,
  TaskKind,
  UnitKind,
} from '@lotrinh/shared';

/**
 * A file of `server/data/sources/` with a verbatim quote from it: one of the five seeds, or
 * `external-facts.md` itself for an external fact that has no address (counted as external).
 */
export interface SeedCitation {
  file: string;
  quote: string;
}

/** A public fact from `external-facts.md`: its address, a verbatim quote from that file, its confidence. */
export interface ExternalCitation {
  url: string;
  quote: string;
  confidence: 'high' | 'medium' | 'low';
}

export type CitationData = SeedCitation | ExternalCitation;

interface Sourced {
  citations: CitationData[];
  /** What the sources leave unclear or disagree on, said plainly; absent when all is clear. */
  ambiguity?: string;
}

export interface UnitData extends Sourced {
  code: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  parent?: string;
}

export interface PersonData extends Sourced {
  key: string;
  /** null when the source names the role but not the person ("Thứ trưởng …"). */
  name: string | null;
  title: string;
  titleEn: string;
  unit?: string;
}

export interface DocumentData extends Sourced {
  /** As written in the source, e.g. `458/TB-VP`. */
  number: string;
  kind: DocumentKind;
  issuer?: string;
  issuedOn: LocalDate | null;
  title: string;
  titleEn: string;
  /** Document numbers this one implements (a plan implementing a resolution). */
  implements?: string[];
  /** Document numbers this one cites. */
  cites?: string[];
}

export interface EventData extends Sourced {
  key: string;
  date: LocalDate;
  kind: EventKind;
  title: string;
  titleEn: string;
  chair?: string;
  participants: string[];
  places?: string[];
  /** What it concluded, in the source's words or a close summary. */
  conclusion?: string;
}

export interface PlanData extends Sourced {
  key: string;
  title: string;
  titleEn: string;
  periodStart: LocalDate | null;
  periodEnd: LocalDate | null;
  /** Document numbers that are the plan's legal basis. */
  basis: string[];
  /** The document that adopted the plan, if it is one. */
  document?: string;
}

export interface DatePoint {
  date: LocalDate | null;
  known: DateKnowledge;
  /** How a DERIVED date was derived, or why a date is UNKNOWN. */
  basis?: string;
}

export interface DependencyData {
  on: string;
  type: DependencyType;
  lagDays: number;
}

export interface TaskData extends Sourced {
  key: string;
  plan: string;
  parent?: string;
  title: string;
  titleEn: string;
  description?: string;
  kind: TaskKind;
  /** Unit code of the one lead unit (chủ trì), null when the source names none. */
  lead: string | null;
  support: string[];
  assignedByDocument?: string;
  assignedByEvent?: string;
  /** The date the task entered the roadmap: it does not exist "as of" any earlier date. */
  assignedOn: LocalDate;
  start: DatePoint;
  due: DatePoint;
  completedOn: LocalDate | null;
  progress: number | null;
  dependencies?: DependencyData[];
}

export interface StatusObservationData extends Sourced {
  task: string;
  observedOn: LocalDate;
  status: ObservedStatus;
  note: string;
  noteEn: string;
  event?: string;
  document?: string;
}

export interface IndicatorValueData {
  date: LocalDate;
  /**
   * The day the value became known: the date of the source that gives it (a target is known from
   * the day it was set, a measurement from the day it was reported).
   */
  knownOn: LocalDate;
  value: number;
  numerator?: number;
  denominator?: number;
  kind: IndicatorValueKind;
  citation: CitationData;
  ambiguity?: string;
}

export interface IndicatorData extends Sourced {
  code: string;
  name: string;
  nameEn: string;
  unitOfMeasure: string;
  values: IndicatorValueData[];
}

export interface ReportingRuleData extends Sourced {
  plan: string;
  /** Unit that receives the quarterly reports. */
  recipient: string;
  /** Day of the quarter's last month by which reports are due. */
  dueDay: number;
}

export interface RoadmapDataset {
  units: UnitData[];
  people: PersonData[];
  documents: DocumentData[];
  events: EventData[];
  plans: PlanData[];
  tasks: TaskData[];
  observations: StatusObservationData[];
  indicators: IndicatorData[];
  reportingRules: ReportingRuleData[];
}
