/** Saved example queries of the playground, each answering a real question about the roadmap. */
export interface ExampleQuery {
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'Ai chủ trì việc gì, hạn khi nào? / Who leads what, due when?',
    query: `# Ai chủ trì việc gì, hạn khi nào, do văn bản hay cuộc họp nào giao?
# Who leads what, due when, assigned by which document or meeting?
query WhoLeadsWhat {
  tasks(first: 100, orderBy: [{ field: DUE, direction: ASC }]) {
    totalCount
    nodes {
      title
      titleEn
      leadUnit { code name }
      due
      dueKnown
      status
      assignedBy {
        ... on Document { number title }
        ... on Event { date title }
      }
      citations { sourceFile url quote }
    }
  }
}
`,
  },
  {
    title: 'Tìm không dấu: "chuyen doi so" / Diacritic-free search',
    query: `# "chuyen doi so" tìm thấy "chuyển đổi số" — search ignores Vietnamese diacritics
query SearchDigitalTransformation {
  tasks(filter: { search: "chuyen doi so" }, first: 50) {
    totalCount
    nodes { title titleEn leadUnit { code } due status }
  }
}
`,
  },
  {
    title: 'Lộ trình ngày 31/12/2013 / The roadmap as of 31 Dec 2013',
    query: `# Lộ trình như nó đứng vào ngày 31/12/2013 — the roadmap as it stood on 31 Dec 2013
query RoadmapAt2013 {
  tasks(asOf: "2013-12-31", first: 100) {
    totalCount
    nodes { title status due statusHistory { observedOn status note } }
  }
}
`,
  },
  {
    title: 'Thống kê theo đơn vị và năm / Stats by lead unit and year',
    query: `# Số nhiệm vụ và tỉ lệ đúng hạn theo đơn vị chủ trì và năm
# Task counts and on-time rates by lead unit and year
query StatsByUnitAndYear {
  taskStats(groupBy: [LEAD_UNIT, YEAR]) {
    key { leadUnit year }
    count doneOnTime doneLate overdue unknown onTimeRate
  }
}
`,
  },
  {
    title: 'Nhiệm vụ không có đơn vị chủ trì / Tasks with no lead unit',
    query: `query TasksWithoutLead {
  tasks(filter: { lacks: [LEAD_UNIT] }, first: 100) {
    totalCount
    nodes { title ambiguity citations { sourceFile quote } }
  }
}
`,
  },
  {
    title: 'Các chỉ số và nguồn / Indicators and their sources',
    query: `# Mọi giá trị chỉ số với ngày và nguồn — every indicator value with its date and source
query Indicators {
  indicators(first: 50) {
    nodes {
      name nameEn unitOfMeasure
      values { date value numerator denominator kind citations { sourceFile url quote } }
    }
  }
}
`,
  },
  {
    title: 'Lịch báo cáo quý 2022 / Quarterly reporting calendar 2022',
    query: `query ReportingCalendar {
  reportingPeriods(year: 2022) { quarter start end reportDue }
  reportingRules { dueDay recipient { code name } citations { sourceFile quote } }
}
`,
  },
];
