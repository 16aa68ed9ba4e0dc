/** Quarterly reporting of the 2022 plan: the calendar, the reports owed and received, and the form to report. */
export { ReportingPage, type ReportingPageProps } from './components/reporting-page.js';
export { parseQuarter, type QuarterRef } from './model/default-quarter.js';
export { reportingMessages } from './messages.js';
