/** The leaders' briefing: progress and ratings per plan, late tasks, unit scorecard, indicators, summary, print and export. */
export { BriefingPage, type BriefingPageProps } from './components/briefing-page.js';
export { parseScope, withScope, scopeFilter, type BriefingScope, type ScopeFilter } from './model/briefing-scope.js';
export type { ChangeCounts } from './model/briefing-summary.js';
export { briefingMessages } from './messages.js';
