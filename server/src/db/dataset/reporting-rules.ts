import type { ReportingRuleData } from './types.js';

const S004 = '004_e8b8dd6a551df80a.txt';

export const reportingRules: ReportingRuleData[] = [
  {
    plan: 'dx-plan-2022',
    recipient: 'TTCNTT',
    dueDay: 25,
    citations: [
      {
        file: S004,
        quote:
          'Báo cáo tình hình thực hiện Kế hoạch hàng quý (thời gian chốt số liệu báo cáo Quý I từ 15/12 năm trước tới 14/3 năm sau, Quý II từ 15/3 - 14/6, Quý III từ 15/6 - 14/9, Quý IV từ 15/9 - 14/12)',
      },
      {
        file: S004,
        quote:
          'gửi Trung tâm Công nghệ thông tin chậm nhất vào ngày 25 tháng cuối quý để tổng hợp, báo cáo Lãnh đạo Bộ theo quy định./.',
      },
    ],
    ambiguity:
      'The rule binds the heads of all units of the Ministry. Cut-off periods: Q1 15/12 of the previous year – 14/3, Q2 15/3 – 14/6, Q3 15/6 – 14/9, Q4 15/9 – 14/12. TTCNTT in turn reports quarterly to the Ban Chỉ đạo Chuyển đổi số, by a day the article does not give, so that second rule is not recorded.',
  },
];
