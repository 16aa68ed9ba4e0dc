/** Limits shared by the server's validation and the client's forms. */
export const LIMITS = {
  pageSizeDefault: 50,
  pageSizeMax: 500,
  titleMaxLength: 500,
  noteMaxLength: 4000,
  searchMaxLength: 200,
  progressMin: 0,
  progressMax: 100,
  lagDaysMax: 3650,
  queryDepthMax: 12,
  queryCostMax: 50_000,
  /** How many items a plain list (not a connection) is assumed to hold when estimating a query's cost. */
  listCostItems: 10,
  requestBodyBytesMax: 1_000_000,
  /** The roadmap's span: nothing before or after is accepted as a task date. */
  earliestDate: '2000-01-01',
  latestDate: '2035-12-31',
} as const;
