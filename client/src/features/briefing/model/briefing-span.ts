import type { LocalDate } from '@lotrinh/shared';

/** The span of the briefing's charts: the whole roadmap. */
export const BRIEFING_SPAN: { from: LocalDate; to: LocalDate } = { from: '2013-01-01', to: '2025-12-31' };
