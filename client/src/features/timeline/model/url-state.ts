import { isLocalDate, LIMITS, TASK_STATUSES, type LocalDate, type TaskStatus } from '@lotrinh/shared';
import { clampPxPerDay, isZoomLevelId } from './zoom-levels.js';
import type { Grouping, Lang, TimelineFilters, TimelineViewState, ZoomSetting } from './types.js';

/** The whole roadmap; the default view shows all of it, fitted to the screen. */
export const ROADMAP_START: LocalDate = '2013-01-01';
export const ROADMAP_END: LocalDate = '2025-12-31';

export const EMPTY_FILTERS: TimelineFilters = { units: [], plan: null, status: [], document: null, from: null, to: null };

export const DEFAULT_VIEW_STATE: TimelineViewState = {
  zoom: 'FIT',
  pxPerDay: null,
  start: null,
  grouping: 'none',
  filters: EMPTY_FILTERS,
  search: '',
  lang: 'vi',
  selected: null,
};

/** URL parameter names; every one is optional. */
export const PARAM = {
  zoom: 'zoom',
  scale: 'scale',
  start: 'start',
  grouping: 'group',
  units: 'unit',
  plan: 'plan',
  status: 'status',
  document: 'doc',
  from: 'from',
  to: 'to',
  search: 'q',
  lang: 'lang',
  selected: 'task',
} as const;

const GROUPINGS: readonly Grouping[] = ['none', 'plan', 'leadUnit', 'document'];
const MAX_LIST = 50;

function text(params: URLSearchParams, name: string, max = 200): string | null {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, max) : null;
}

function list(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(values)].slice(0, MAX_LIST);
}

function date(params: URLSearchParams, name: string): LocalDate | null {
  const value = params.get(name)?.trim();
  return value && isLocalDate(value) ? value : null;
}

function zoomOf(value: string | null): ZoomSetting {
  const upper = value?.toUpperCase() ?? '';
  return isZoomLevelId(upper) ? upper : 'FIT';
}

/** The view state a URL describes. Anything missing, unknown or malformed falls back to its default. */
export function parseTimelineState({ params }: { params: URLSearchParams }): TimelineViewState {
  const scale = Number(params.get(PARAM.scale));
  const groupingText = params.get(PARAM.grouping);
  const grouping = GROUPINGS.find((g) => g.toLowerCase() === groupingText?.toLowerCase()) ?? DEFAULT_VIEW_STATE.grouping;
  const status = list(params, PARAM.status)
    .map((s) => s.toUpperCase())
    .filter((s): s is TaskStatus => (TASK_STATUSES as readonly string[]).includes(s));
  let from = date(params, PARAM.from);
  let to = date(params, PARAM.to);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const lang: Lang = params.get(PARAM.lang) === 'en' ? 'en' : 'vi';
  return {
    zoom: zoomOf(params.get(PARAM.zoom)),
    pxPerDay: params.has(PARAM.scale) && Number.isFinite(scale) && scale > 0 ? clampPxPerDay({ pxPerDay: scale }) : null,
    start: date(params, PARAM.start),
    grouping,
    filters: { units: list(params, PARAM.units), plan: text(params, PARAM.plan), status, document: text(params, PARAM.document), from, to },
    search: text(params, PARAM.search, LIMITS.searchMaxLength) ?? '',
    lang,
    selected: text(params, PARAM.selected),
  };
}

/**
 * `state` written into a copy of `base` (other parameters are kept); values equal to the defaults are left
 * out, so the default view has a clean URL.
 */
export function serializeTimelineState({ state, base }: { state: TimelineViewState; base?: URLSearchParams }): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) params.delete(name);
  const set = (name: string, value: string | null) => {
    if (value !== null && value !== '') params.set(name, value);
  };
  if (state.zoom !== 'FIT') set(PARAM.zoom, state.zoom.toLowerCase());
  if (state.pxPerDay !== null) set(PARAM.scale, String(Math.round(state.pxPerDay * 1000) / 1000));
  set(PARAM.start, state.start);
  if (state.grouping !== 'none') set(PARAM.grouping, state.grouping);
  set(PARAM.units, state.filters.units.join(','));
  set(PARAM.plan, state.filters.plan);
  set(PARAM.status, state.filters.status.join(','));
  set(PARAM.document, state.filters.document);
  set(PARAM.from, state.filters.from);
  set(PARAM.to, state.filters.to);
  set(PARAM.search, state.search.trim());
  if (state.lang !== 'vi') set(PARAM.lang, state.lang);
  set(PARAM.selected, state.selected);
  return params;
}
