/** What the briefing covers: the whole Ministry, one plan, one lead unit, or one plan of one unit. */
export interface BriefingScope {
  plan: string | null;
  unit: string | null;
}

export const SCOPE_PARAMS = { plan: 'plan', unit: 'unit' } as const;

/** The subset of `TaskFilter` the briefing sends. */
export interface ScopeFilter {
  plan?: string[];
  leadUnit?: string[];
}

function single(value: string | null): string | null {
  const trimmed = value?.split(',')[0]?.trim();
  return trimmed ? trimmed.slice(0, 100) : null;
}

export function parseScope(params: URLSearchParams): BriefingScope {
  return { plan: single(params.get(SCOPE_PARAMS.plan)), unit: single(params.get(SCOPE_PARAMS.unit)) };
}

/** The URL with the scope set (empty values removed), every other parameter kept. */
export function withScope(params: URLSearchParams, scope: BriefingScope): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['plan', 'unit'] as const) {
    if (scope[name]) next.set(SCOPE_PARAMS[name], scope[name]);
    else next.delete(SCOPE_PARAMS[name]);
  }
  return next;
}

/** The task filter of a scope; null for the whole Ministry. */
export function scopeFilter(scope: BriefingScope): ScopeFilter | null {
  if (!scope.plan && !scope.unit) return null;
  return { ...(scope.plan ? { plan: [scope.plan] } : {}), ...(scope.unit ? { leadUnit: [scope.unit] } : {}) };
}
