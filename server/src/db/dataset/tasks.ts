import type { DatePoint, TaskData } from './types.js';

const S000 = '000_aabe5bf2301142d2.txt';
const S001 = '001_81abc726803d8ac4.txt';
const S002 = '002_a80ea4b13fababbc.txt';
const S003 = '003_7baa5b1c424a9b7a.txt';
const S004 = '004_e8b8dd6a551df80a.txt';

const URL_QD3611 =
  'https://thuvienphapluat.vn/bulletin/document.aspx?bid=f2bc079d-b9b9-444d-b16b-60a0851d066e&key=S%2BLMzm7n4fC3k1EXEFfLPA%3D%3D';
const URL_4220 =
  'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4220-QD-BVHTTDL-2025-Chien-luoc-Chuyen-doi-so-2025-2030-681329.html';
const URL_4221 =
  'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4221-QD-BVHTTDL-2025-Chien-luoc-du-lieu-giai-doan-2025-2030-681327.html';

const stated = (date: string, basis: string): DatePoint => ({ date, known: 'STATED', basis });
const derived = (date: string, basis: string): DatePoint => ({ date, known: 'DERIVED', basis });
const unknown = (basis: string): DatePoint => ({ date: null, known: 'UNKNOWN', basis });

// ── Conclusions 458/TB-VP (meeting 29/10/2013, notice 01/11/2013) ────────────────────────────
const TB458 = {
  plan: 'tb458-it-tasks-2013',
  assignedByDocument: '458/TB-VP',
  assignedByEvent: 'meeting-2013-10-29-it-tasks',
  assignedOn: '2013-10-29',
} as const;
const TB458_START = derived(
  '2013-10-29',
  'Taken from the meeting of 29/10/2013 at which the Thứ trưởng gave the conclusions assigning it; notice 458/TB-VP of 01/11/2013 records them. All tasks of the notice are dated from the meeting.',
);
const TB458_NO_DEADLINE = unknown('The notice sets no deadline for this item.');
const TB458_LATE_ASSIGNED =
  'assignedOn 2013-09-30: the item already existed and was behind schedule "đến tháng 9 năm 2013" (derived as 30/09/2013); when it was started or assigned is not given, and the notice only reports its delay.';
const TB458_LATE_START = unknown('The start of the project is not given; it was already under way by September 2013.');

// ── Plan implementing 36-NQ/TW and 47/NQ-CP (conference 18/9/2014) ───────────────────────────
const NQ36 = {
  plan: 'nq36-it-plan-2014-2020',
  assignedByEvent: 'conference-2014-09-18-nq36',
  assignedOn: '2014-09-18',
} as const;
const NQ36_START = derived('2014-09-18', 'Taken from the conference of 18/9/2014 that set out the plan.');
const NQ36_NO_DEADLINE = unknown(
  'The article ties no date to this requirement (the plan as a whole runs to the end of the medium-term plan 2016 – 2020).',
);
const NQ36_NO_LEAD = 'The article on the conference names no lead unit for this item.';

// ── Recommendations of the inspection of 05/6/2018 ──────────────────────────────────────────
const INSP = {
  plan: 'insp2018-recommendations',
  assignedByEvent: 'inspection-2018-06-05-egov',
  assignedOn: '2018-06-05',
} as const;
const INSP_START = derived(
  '2018-06-05',
  'Taken from the inspection meeting of 05/6/2018 that made the recommendation.',
);
const INSP_NO_DEADLINE = unknown('The recommendation is for "trong thời gian tới" (the time ahead), with no date.');
const INSP_NO_LEAD =
  'The recommendation is addressed to the Ministry\'s leadership ("Lãnh đạo Bộ") and "các đơn vị liên quan"; no lead unit is named.';

// ── Plan implementing 17/NQ-CP (1224/QĐ-BVHTTDL, 29/3/2019) ─────────────────────────────────
const NQ17 = {
  plan: 'nq17-egov-plan-2019',
  assignedByDocument: '1224/QĐ-BVHTTDL',
  assignedOn: '2019-03-29',
} as const;
const NQ17_START = derived('2019-03-29', 'Taken from the date the Ministry issued the plan, 29/3/2019.');
const NQ17_NO_LEAD =
  'The review article does not say which unit leads this item (TTCNTT leads 10 and Văn phòng Bộ 5 of the 25 items, unnamed).';

// ── Digital-transformation plan 2022 (949/QĐ-BVHTTDL) ───────────────────────────────────────
const DX22 = {
  plan: 'dx-plan-2022',
  assignedByDocument: '949/QĐ-BVHTTDL',
  assignedOn: '2022-05-20',
} as const;
const DX22_START = derived(
  '2022-05-20',
  'Taken from the article of 20/05/2022, the earliest date on which the plan is known to exist; the signing date of 949/QĐ-BVHTTDL is unknown.',
);
const DX22_DUE = derived(
  '2022-12-31',
  'End of 2022, derived from "năm 2022": the plan is the Ministry\'s plan for 2022.',
);
const DX22_ASSIGNED =
  'assignedOn is the date of the article (20/05/2022) because the signing date of 949/QĐ-BVHTTDL is unknown; the plan may have been issued earlier.';

export const tasks: TaskData[] = [
  // ════ 458/TB-VP — items behind schedule as of September 2013 ════════════════════════════════
  {
    key: 'tb458-project-vhxh-information-system',
    plan: 'tb458-it-tasks-2013',
    title: 'Dự án Hệ thống thông tin điện tử Văn hóa - Xã hội',
    titleEn: 'Project: Culture and Society Electronic Information System',
    kind: 'TASK',
    lead: null,
    support: [],
    assignedOn: '2013-09-30',
    start: TB458_LATE_START,
    due: unknown('No deadline for the project is given.'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Phân tích, đánh giá một số nhiệm vụ đến tháng 9 năm 2013 bị chậm tiến độ: dự án Hệ thống thông tin điện tử Văn hóa - Xã hội;',
      },
    ],
    ambiguity: `No lead unit is named (the centres are asked to report on it). ${TB458_LATE_ASSIGNED}`,
  },
  {
    key: 'tb458-project-cpnet',
    plan: 'tb458-it-tasks-2013',
    title: 'Dự án Kết nối Cổng thông tin Chính phủ (CPNET)',
    titleEn: 'Project: Connection to the Government Portal (CPNET)',
    kind: 'TASK',
    lead: null,
    support: [],
    assignedOn: '2013-09-30',
    start: TB458_LATE_START,
    due: derived(
      '2013-12-31',
      'End of 2013, derived from section 2.2, which asks for conditions "cho việc hoàn tất dự án Cổng thông tin Chính phủ CPNet trong năm 2013".',
    ),
    completedOn: null,
    progress: null,
    citations: [
      { file: S000, quote: 'dự án Kết nối Cổng thông tin Chính phủ (CPNET);' },
      {
        file: S000,
        quote:
          'Chuẩn bị các điều kiện liên quan về cải cách hành chính cho việc hoàn tất dự án Cổng thông tin Chính phủ CPNet trong năm 2013.',
      },
    ],
    ambiguity: `No lead unit is named; TTCNTT is asked to report the project's results and plan its next phase, which suggests it runs the project, but the notice does not say so. The notice names it both "Kết nối Cổng thông tin Chính phủ (CPNET)" and "Cổng thông tin Chính phủ CPNet"; taken as one project. ${TB458_LATE_ASSIGNED}`,
  },
  {
    key: 'tb458-project-iptv',
    plan: 'tb458-it-tasks-2013',
    title: 'Dự án Ứng dụng công nghệ IPTV trong quảng bá văn hóa, thể thao, du lịch',
    titleEn: 'Project: Using IPTV technology to promote culture, sports and tourism',
    kind: 'TASK',
    lead: null,
    support: [],
    assignedOn: '2013-09-30',
    start: TB458_LATE_START,
    due: unknown('No deadline for the project is given (only its dossier is due by 30/11/2013).'),
    completedOn: null,
    progress: null,
    citations: [{ file: S000, quote: 'dự án Ứng dụng công nghệ IPTV trong quảng bá văn hóa, thể thao, du lịch;' }],
    ambiguity: `No lead unit is named; TTCNTT is asked to complete the project dossier. ${TB458_LATE_ASSIGNED}`,
  },
  {
    key: 'tb458-it-application-plan',
    plan: 'tb458-it-tasks-2013',
    title:
      'Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước của Bộ Văn hóa, Thể thao và Du lịch',
    titleEn: "The Ministry's Plan for IT application in the operations of state agencies",
    kind: 'TASK',
    lead: null,
    support: [],
    assignedOn: '2013-09-30',
    start: TB458_LATE_START,
    due: unknown('No deadline is given.'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước của Bộ Văn hóa, Thể thao và Du lịch.',
      },
    ],
    ambiguity: `No lead unit and no period of the plan are given. ${TB458_LATE_ASSIGNED}`,
  },

  // ════ 458/TB-VP §2.1 — Vụ Khoa học, Công nghệ và Môi trường ═══════════════════════════════
  {
    key: 'tb458-propose-it-organisation-model',
    ...TB458,
    title:
      'Có văn bản đề xuất với Vụ Tổ chức cán bộ và các đơn vị liên quan nghiên cứu, kiện toàn mô hình tổ chức hoạt động công nghệ thông tin của Bộ theo Nghị định số 76/NĐ-CP',
    titleEn:
      "Propose in writing to the Department of Personnel and Organisation and related units to study and consolidate the organisational model of the Ministry's IT activities under Decree 76/NĐ-CP",
    kind: 'TASK',
    lead: 'KHCNMT',
    support: ['TCCB'],
    start: TB458_START,
    due: TB458_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      { file: S000, quote: '2.1. Giao Vụ Khoa học, Công nghệ và Môi trường:' },
      {
        file: S000,
        quote:
          'Có văn bản đề xuất với Vụ Tổ chức cán bộ và các đơn vị liên quan nghiên cứu, kiện toàn về mô hình tổ chức hoạt động công nghệ thông tin của Bộ Văn hóa, Thể thao và Du lịch theo Nghị định số 76/NĐ-CP ngày 16/7/2013 của Chính phủ.',
      },
    ],
    ambiguity: 'Vụ Tổ chức cán bộ is recorded as supporting unit because the proposal is addressed to it for study.',
  },
  {
    key: 'tb458-urge-centres-2013-tasks',
    ...TB458,
    title: 'Tiếp tục đôn đốc các Trung tâm về công nghệ thông tin hoàn thành các nhiệm vụ năm 2013',
    titleEn: 'Keep urging the IT centres to complete their 2013 tasks',
    kind: 'SUMMARY',
    lead: 'KHCNMT',
    support: ['TTCNTT', 'TTTTDL', 'TTTTTDTT'],
    start: TB458_START,
    due: derived('2013-12-31', 'End of 2013, derived from "hoàn thành các nhiệm vụ năm 2013".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote: 'Tiếp tục đôn đốc các Trung tâm về công nghệ thông tin hoàn thành các nhiệm vụ năm 2013, trong đó:',
      },
    ],
  },
  {
    key: 'tb458-focus-cpnet-project',
    ...TB458,
    parent: 'tb458-urge-centres-2013-tasks',
    title: 'Tập trung triển khai dự án Cổng thông tin Chính phủ CPNet',
    titleEn: 'Focus on carrying out the Government Portal (CPNet) project',
    kind: 'TASK',
    lead: 'KHCNMT',
    support: [],
    start: TB458_START,
    due: derived('2013-12-31', 'End of 2013, derived from the parent item "hoàn thành các nhiệm vụ năm 2013".'),
    completedOn: null,
    progress: null,
    citations: [{ file: S000, quote: '+ Tập trung triển khai dự án Cổng thông tin Chính phủ CPNet.' }],
    ambiguity:
      'A sub-item of urging the centres; the notice does not say which centre carries out the project, so only the urging unit (KHCNMT) is recorded.',
  },
  {
    key: 'tb458-report-it-in-admin-reform',
    ...TB458,
    parent: 'tb458-urge-centres-2013-tasks',
    title:
      'Báo cáo mức độ thực hiện việc ứng dụng CNTT trong các hoạt động của Bộ trong công tác cải cách thủ tục hành chính',
    titleEn: "Report on the extent of IT application in the Ministry's administrative-procedure reform work",
    kind: 'TASK',
    lead: 'KHCNMT',
    support: [],
    start: TB458_START,
    due: derived('2013-12-31', 'End of 2013, derived from the parent item "hoàn thành các nhiệm vụ năm 2013".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Báo cáo mức độ thực hiện việc ứng dụng CNTT trong các hoạt động của Bộ trong công tác cải cách thủ tục hành chính',
      },
    ],
    ambiguity: 'A sub-item of urging the centres; whether KHCNMT or the centres write the report is not explicit.',
  },
  {
    key: 'tb458-report-project-results',
    ...TB458,
    parent: 'tb458-urge-centres-2013-tasks',
    title:
      'Báo cáo kết quả triển khai thực hiện các dự án: Hệ thống thông tin điện tử Văn hóa - Xã hội; Kết nối Cổng thông tin Chính phủ (CPNET); Ứng dụng công nghệ IPTV',
    titleEn:
      'Report on the results of the projects: Culture and Society Electronic Information System; Connection to the Government Portal (CPNET); IPTV application',
    kind: 'TASK',
    lead: 'KHCNMT',
    support: [],
    start: TB458_START,
    due: derived('2013-12-31', 'End of 2013, derived from the parent item "hoàn thành các nhiệm vụ năm 2013".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Báo cáo kết quả triển khai thực hiện các dự án: Hệ thống thông tin điện tử Văn hóa - Xã hội; Kết nối Cổng thông tin Chính phủ (CPNET); Ứng dụng công nghệ IPTV trong quảng bá văn hóa, thể thao, du lịch.',
      },
    ],
    ambiguity: 'A sub-item of urging the centres; whether KHCNMT or the centres write the report is not explicit.',
  },
  {
    key: 'tb458-coordination-regulation',
    ...TB458,
    title:
      'Xây dựng Quy chế phối hợp hoạt động giữa 03 Trung tâm để kết nối với Cổng thông tin điện tử, Trung tâm Công nghệ thông tin là đầu mối',
    titleEn:
      'Draft a coordination regulation among the three centres for connecting to the web portal, with the IT Centre as focal point',
    description:
      'Để có số liệu, dữ liệu đáp ứng chức năng quản lý nhà nước của Bộ Văn hóa, Thể thao và Du lịch. (So that the Ministry has figures and data for its state-management functions.)',
    kind: 'TASK',
    lead: 'KHCNMT',
    support: ['TTCNTT', 'TTTTDL', 'TTTTTDTT'],
    start: TB458_START,
    due: unknown('"Trước mắt" (as a first step, right away) — no date is given.'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote: 'Trước mắt xây dựng Quy chế phối hợp hoạt động giữa 03 Trung tâm để kết nối với Cổng thông tin điện tử',
      },
      { file: S000, quote: 'và Trung tâm Công nghệ thông tin là đầu mối.' },
    ],
  },
  {
    key: 'tb458-plan-2014',
    ...TB458,
    title: 'Xây dựng Kế hoạch triển khai nhiệm vụ năm 2014',
    titleEn: 'Draw up the plan for carrying out the 2014 tasks',
    kind: 'TASK',
    lead: 'KHCNMT',
    support: [],
    start: TB458_START,
    due: TB458_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [{ file: S000, quote: '- Xây dựng Kế hoạch triển khai nhiệm vụ năm 2014.' }],
  },

  // ════ 458/TB-VP §2.2 — Vụ Tổ chức cán bộ (bộ phận cải cách hành chính) ═══════════════════
  {
    key: 'tb458-notify-7-criteria-conclusion',
    ...TB458,
    title:
      'Thông báo bằng văn bản kết luận của Thứ trưởng về việc giao Trung tâm Công nghệ thông tin hoàn tất 7 tiêu chí kiểm tra mức độ sẵn sàng ứng dụng CNTT',
    titleEn:
      "Notify in writing the Deputy Minister's conclusion assigning the IT Centre to complete the 7 criteria for the IT-readiness check",
    kind: 'TASK',
    lead: 'TCCB',
    support: [],
    start: TB458_START,
    due: stated('2013-11-10', '"(trước ngày 10/11/2013)" closes this bullet.'),
    completedOn: null,
    progress: null,
    citations: [
      { file: S000, quote: '2.2. Giao bộ phận cải cách hành chính (Vụ Tổ chức cán bộ):' },
      {
        file: S000,
        quote:
          'Thông báo bằng văn bản kết luận của Thứ trưởng Đặng Thị Bích Liên về việc giao Trung tâm Công nghệ thông tin chuẩn bị, rà soát, báo cáo, hoàn tất 7 tiêu chí',
      },
      { file: S000, quote: 'theo bộ chỉ số cải cách hành chính (trước ngày 10/11/2013).' },
    ],
    ambiguity:
      'The deadline "(trước ngày 10/11/2013)" closes the bullet; it may apply to the written notice, to TTCNTT\'s work on the 7 criteria, or to both. It is recorded on both tasks.',
  },
  {
    key: 'tb458-complete-7-criteria',
    ...TB458,
    title:
      'Chuẩn bị, rà soát, báo cáo, hoàn tất 7 tiêu chí phục vụ công tác kiểm tra mức độ sẵn sàng ứng dụng công nghệ thông tin theo bộ chỉ số cải cách hành chính',
    titleEn:
      'Prepare, review, report and complete the 7 criteria for checking IT-application readiness under the administrative-reform index',
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: TB458_START,
    due: stated('2013-11-10', '"(trước ngày 10/11/2013)".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'giao Trung tâm Công nghệ thông tin chuẩn bị, rà soát, báo cáo, hoàn tất 7 tiêu chí phục vụ công tác kiểm tra mức độ sẵn sàng ứng dụng công nghệ thông tin theo bộ chỉ số cải cách hành chính (trước ngày 10/11/2013).',
      },
    ],
    ambiguity:
      'Stated inside the §2.2 bullet addressed to Vụ Tổ chức cán bộ, as the content of the conclusion it must notify; the deadline may apply to the notice rather than to the criteria.',
  },
  {
    key: 'tb458-admin-reform-conditions-for-cpnet',
    ...TB458,
    title:
      'Chuẩn bị các điều kiện liên quan về cải cách hành chính cho việc hoàn tất dự án Cổng thông tin Chính phủ CPNet trong năm 2013',
    titleEn:
      'Prepare the administrative-reform conditions for completing the Government Portal (CPNet) project in 2013',
    kind: 'TASK',
    lead: 'TCCB',
    support: [],
    start: TB458_START,
    due: derived('2013-12-31', 'End of 2013, derived from "trong năm 2013".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Chuẩn bị các điều kiện liên quan về cải cách hành chính cho việc hoàn tất dự án Cổng thông tin Chính phủ CPNet trong năm 2013.',
      },
    ],
  },

  // ════ 458/TB-VP §2.3 — Trung tâm Công nghệ thông tin ═══════════════════════════════════════
  {
    key: 'tb458-complete-2013-tasks',
    ...TB458,
    title: 'Hoàn tất các nhiệm vụ đã đề ra trong năm 2013',
    titleEn: 'Complete the tasks set for 2013',
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: TB458_START,
    due: derived('2013-12-31', 'End of 2013, derived from "trong năm 2013".'),
    completedOn: null,
    progress: null,
    citations: [
      { file: S000, quote: '2.3. Giao Trung tâm Công nghệ thông tin:' },
      { file: S000, quote: '- Hoàn tất các nhiệm vụ đã đề ra trong năm 2013.' },
    ],
  },
  {
    key: 'tb458-propose-10-online-services',
    ...TB458,
    title:
      'Là đầu mối tập hợp, đề xuất 10 dịch vụ công trực tuyến mức độ 3 để giới thiệu trên Cổng thông tin của Bộ, báo cáo lãnh đạo Bộ',
    titleEn:
      "As focal point, gather and propose 10 level-3 online public services to present on the Ministry's portal, and report to the Ministry's leadership",
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: TB458_START,
    due: stated('2013-11-10', '"báo cáo lãnh đạo Bộ trước ngày 10/11/2013".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Là đầu mối tập hợp, đề xuất 10 dịch vụ công trực tuyến mức độ 3 để giới thiệu trên Cổng thông tin của Bộ, báo cáo lãnh đạo Bộ trước ngày 10/11/2013.',
      },
    ],
  },
  {
    key: 'tb458-reports-by-2013-11-30',
    ...TB458,
    title: 'Báo cáo lãnh đạo Bộ trước ngày 30/11/2013 (kết quả dự án CPNET; hồ sơ dự án IPTV)',
    titleEn: "Report to the Ministry's leadership before 30/11/2013 (CPNET project results; IPTV project dossier)",
    kind: 'SUMMARY',
    lead: 'TTCNTT',
    support: [],
    start: TB458_START,
    due: stated('2013-11-30', '"Báo cáo lãnh đạo Bộ trước ngày 30/11/2013".'),
    completedOn: null,
    progress: null,
    citations: [{ file: S000, quote: '- Báo cáo lãnh đạo Bộ trước ngày 30/11/2013 những nội dung sau:' }],
  },
  {
    key: 'tb458-report-cpnet-results',
    ...TB458,
    parent: 'tb458-reports-by-2013-11-30',
    title:
      'Báo cáo kết quả triển khai dự án Kết nối Cổng thông tin Chính phủ (CPNET), nêu rõ khó khăn vướng mắc và xây dựng Kế hoạch triển khai dự án giai đoạn tiếp theo',
    titleEn:
      'Report the results of the Government Portal connection (CPNET) project, stating the difficulties, and draw up the plan for its next phase',
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: TB458_START,
    due: stated('2013-11-30', '"Báo cáo lãnh đạo Bộ trước ngày 30/11/2013".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Kết quả việc triển khai dự án Kết nối Cổng thông tin Chính phủ (CPNET) trong thời gian qua, nêu rõ những khó khăn vướng mắc và xây dựng Kế hoạch triển khai dự án trong giai đoạn tiếp theo.',
      },
    ],
  },
  {
    key: 'tb458-iptv-project-dossier',
    ...TB458,
    parent: 'tb458-reports-by-2013-11-30',
    title:
      'Hoàn thiện hồ sơ dự án “Ứng dụng công nghệ IPTV trong quảng bá văn hóa, thể thao, du lịch” để trình Lãnh đạo Bộ phê duyệt',
    titleEn:
      'Complete the dossier of the project "Using IPTV technology to promote culture, sports and tourism" for approval by the Ministry\'s leadership',
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: TB458_START,
    due: stated('2013-11-30', '"Báo cáo lãnh đạo Bộ trước ngày 30/11/2013".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          'Hoàn thiện hồ sơ dự án “Ứng dụng công nghệ IPTV trong quảng bá văn hóa, thể thao, du lịch” để trình Lãnh đạo Bộ phê duyệt.',
      },
    ],
  },
  {
    key: 'tb458-consolidate-ttcntt-organisation',
    ...TB458,
    title: 'Chú ý việc kiện toàn tổ chức bộ máy',
    titleEn: 'Attend to consolidating the organisational structure',
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: TB458_START,
    due: TB458_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [{ file: S000, quote: '- Chú ý việc kiện toàn tổ chức bộ máy.' }],
    ambiguity: "Listed under §2.3 (TTCNTT); taken to mean the consolidation of TTCNTT's own organisation.",
  },

  // ════ 458/TB-VP §2.4 — the two information centres ═════════════════════════════════════════
  {
    key: 'tb458-centres-coordinate-with-ttcntt',
    ...TB458,
    title:
      'Trung tâm Thông tin Du lịch và Trung tâm Thông tin Thể dục thể thao chủ động, tích cực phối hợp với Trung tâm Công nghệ thông tin thực hiện các nhiệm vụ',
    titleEn: 'The Tourism and Sports Information Centres actively work with the IT Centre to carry out the tasks',
    kind: 'TASK',
    lead: 'TTCNTT',
    support: ['TTTTDL', 'TTTTTDTT'],
    start: TB458_START,
    due: TB458_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S000,
        quote:
          '2.4. Giao Trung tâm Thông tin Du lịch và Trung tâm Thông tin Thể dục thể thao chủ động, tích cực phối hợp với Trung tâm Công nghệ thông tin thực hiện các nhiệm vụ.',
      },
    ],
    ambiguity:
      '§2.4 is addressed to the two information centres, asking them to work with TTCNTT; TTCNTT is recorded as lead (it carries the tasks) and the two centres as supporting units.',
  },

  // ════ Plan implementing 36-NQ/TW and 47/NQ-CP (conference 18/9/2014) ════════════════════════
  {
    key: 'nq36-plan-to-end-2014',
    ...NQ36,
    title:
      'Thực hiện kế hoạch ứng dụng và phát triển công nghệ thông tin phục vụ hoạt động của Bộ VHTTDL đến hết năm 2014',
    titleEn: "Carry out the plan for applying and developing IT in the Ministry's operations to the end of 2014",
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: derived('2014-12-31', 'End of 2014, derived from "đến hết năm 2014".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S003,
        quote:
          'bằng kế hoạch ứng dụng và phát triển công nghệ thông tin phục vụ hoạt động của Bộ VHTTDL đến hết năm 2014',
      },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-plan-2015',
    ...NQ36,
    title:
      'Thực hiện kế hoạch ứng dụng và phát triển công nghệ thông tin phục vụ hoạt động của Bộ VHTTDL trong năm 2015',
    titleEn: "Carry out the plan for applying and developing IT in the Ministry's operations in 2015",
    kind: 'TASK',
    lead: null,
    support: [],
    start: derived('2015-01-01', 'Start of 2015, derived from "trong năm 2015".'),
    due: derived('2015-12-31', 'End of 2015, derived from "trong năm 2015".'),
    completedOn: null,
    progress: null,
    citations: [{ file: S003, quote: 'đến hết năm 2014, trong năm 2015 và kế hoạch trung hạn 2016 – 2020.' }],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-medium-term-plan-2016-2020',
    ...NQ36,
    title: 'Thực hiện kế hoạch trung hạn ứng dụng và phát triển công nghệ thông tin 2016 – 2020',
    titleEn: 'Carry out the medium-term plan for applying and developing IT, 2016–2020',
    kind: 'TASK',
    lead: null,
    support: [],
    start: derived('2016-01-01', 'Start of 2016, derived from "kế hoạch trung hạn 2016 – 2020".'),
    due: derived('2020-12-31', 'End of 2020, derived from "kế hoạch trung hạn 2016 – 2020".'),
    completedOn: null,
    progress: null,
    citations: [{ file: S003, quote: 'đến hết năm 2014, trong năm 2015 và kế hoạch trung hạn 2016 – 2020.' }],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-strengthen-it-application',
    ...NQ36,
    title: 'Tăng cường ứng dụng công nghệ thông tin trong các cơ quan, đơn vị thuộc Bộ',
    titleEn: "Step up IT application in the Ministry's agencies and units",
    kind: 'SUMMARY',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S003,
        quote:
          'tăng cường ứng dụng công nghệ thông tin trong các cơ quan, đơn vị thuộc Bộ về tin học hóa xử lý hồ sơ công việc',
      },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-computerise-work-files',
    ...NQ36,
    parent: 'nq36-strengthen-it-application',
    title: 'Tin học hóa xử lý hồ sơ công việc',
    titleEn: 'Computerise the processing of work files',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S003,
        quote:
          'tăng cường ứng dụng công nghệ thông tin trong các cơ quan, đơn vị thuộc Bộ về tin học hóa xử lý hồ sơ công việc',
      },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-portal-linked-to-government-portal',
    ...NQ36,
    parent: 'nq36-strengthen-it-application',
    title: 'Xây dựng Cổng thông tin điện tử Bộ VHTTDL kết nối với Cổng thông tin điện tử Chính phủ',
    titleEn: "Build the Ministry's web portal connected to the Government web portal",
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S003,
        quote: 'xây dựng Cổng thông tin điện tử Bộ VHTTDL kết nối với Cổng thông tin điện tử Chính phủ',
      },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-online-public-services',
    ...NQ36,
    parent: 'nq36-strengthen-it-application',
    title: 'Cung cấp các dịch vụ công trực tuyến đến người dân và doanh nghiệp',
    titleEn: 'Provide online public services to citizens and businesses',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [{ file: S003, quote: 'cung cấp các dịch vụ công trực tuyến đến người dân và doanh nghiệp' }],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-national-databases',
    ...NQ36,
    parent: 'nq36-strengthen-it-application',
    title: 'Xây dựng cơ sở dữ liệu quốc gia có liên quan đến các lĩnh vực quản lý nhà nước của Bộ',
    titleEn: "Build the national databases related to the Ministry's areas of state management",
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      { file: S003, quote: 'xây dựng cơ sở dữ liệu quốc gia có liên quan đến các lĩnh vực quản lý nhà nước của Bộ' },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-four-pillars',
    ...NQ36,
    title: 'Ưu tiên phát triển 4 trụ cột: nguồn nhân lực, hạ tầng, công nghiệp và ứng dụng công nghệ thông tin',
    titleEn:
      'Give priority to developing four pillars: IT human resources, IT infrastructure, IT industry and IT application',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S003,
        quote:
          'ưu tiên phát triển 4 trụ cột: nguồn nhân lực công nghệ thông tin, hạ tầng công nghệ thông tin, công nghiệp công nghệ thông tin, ứng dụng công nghệ thông tin;',
      },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-solution-groups',
    ...NQ36,
    title: 'Các nhóm giải pháp thực hiện kế hoạch',
    titleEn: 'Groups of solutions for carrying out the plan',
    kind: 'SUMMARY',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S003,
        quote: 'Để đạt được các mục tiêu, yêu cầu đề ra, hội nghị đã đưa ra một số nhóm giải pháp cụ thể như:',
      },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-raise-it-awareness',
    ...NQ36,
    parent: 'nq36-solution-groups',
    title: 'Nâng cao nhận thức về công nghệ thông tin cho cán bộ, công chức, viên chức thuộc Bộ',
    titleEn: "Raise IT awareness among the Ministry's officials, civil servants and public employees",
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      { file: S003, quote: 'nâng cao nhận thức về công nghệ thông tin cho cán bộ, công chức, viên chức thuộc Bộ;' },
    ],
    ambiguity: NQ36_NO_LEAD,
  },
  {
    key: 'nq36-finance-solutions',
    ...NQ36,
    parent: 'nq36-solution-groups',
    title: 'Nhóm giải pháp về tài chính',
    titleEn: 'Financial solutions',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [{ file: S003, quote: 'nhóm giải pháp về tài chính;' }],
    ambiguity: `${NQ36_NO_LEAD} The article names the group without its content.`,
  },
  {
    key: 'nq36-policy-solutions',
    ...NQ36,
    parent: 'nq36-solution-groups',
    title: 'Nhóm giải pháp về chính sách',
    titleEn: 'Policy solutions',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [{ file: S003, quote: 'nhóm giải pháp về chính sách' }],
    ambiguity: `${NQ36_NO_LEAD} The article names the group without its content.`,
  },
  {
    key: 'nq36-cooperation-solutions',
    ...NQ36,
    parent: 'nq36-solution-groups',
    title: 'Nhóm giải pháp về liên kết, hợp tác và phát triển các ứng dụng công nghệ thông tin',
    titleEn: 'Solutions on partnership, cooperation and the development of IT applications',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ36_START,
    due: NQ36_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      { file: S003, quote: 'nhóm giải pháp về liên kết, hợp tác và phát triển các ứng dụng công nghệ thông tin.' },
    ],
    ambiguity: `${NQ36_NO_LEAD} The article names the group without its content.`,
  },

  // ════ Recommendations of the inspection of 05/6/2018 ════════════════════════════════════════
  {
    key: 'insp2018-remedy-shortcomings',
    ...INSP,
    title: 'Khắc phục các tồn tại, hạn chế, đẩy mạnh ứng dụng CNTT, xây dựng Chính phủ điện tử',
    titleEn: 'Remedy the shortcomings, step up IT application and build e-Government',
    description:
      'Tồn tại được nêu: chưa ban hành Kiến trúc Chính phủ điện tử; nhiều đơn vị chưa tích hợp Trang thông tin điện tử lên Cổng; CSDL rời rạc, chưa chia sẻ; ít hồ sơ trực tuyến; tỷ lệ văn bản điện tử thấp; chưa chú trọng chữ ký số chuyên dùng. (Shortcomings named: no e-Government architecture; many unit websites not integrated into the portal; fragmented databases without data sharing; few online dossiers; low share of electronic documents; little use of specialised digital signatures.)',
    kind: 'SUMMARY',
    lead: null,
    support: [],
    start: INSP_START,
    due: INSP_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S002,
        quote:
          'đề nghị trong thời gian tới Bộ Văn hóa, Thể thao và Du lịch tiếp tục phát huy các kết quả đạt được, khắc phục các tồn tại, hạn chế, đẩy mạnh ứng dụng CNTT, xây dựng Chính phủ điện tử.',
      },
      {
        file: S002,
        quote:
          'nhiều đơn vị chưa tích hợp Trang thông tin điện tử lên Cổng Thông tin điện tử của Bộ, các đơn vị thuộc Bộ triển khai nhiều CSDL nhưng rời rạc, chưa có sự kế thừa, chia sẻ dữ liệu.',
      },
    ],
    ambiguity: INSP_NO_LEAD,
  },
  {
    key: 'insp2018-egov-architecture',
    ...INSP,
    parent: 'insp2018-remedy-shortcomings',
    title: 'Xây dựng, ban hành Kiến trúc Chính phủ điện tử của Bộ',
    titleEn: "Draw up and issue the Ministry's e-Government Architecture",
    kind: 'TASK',
    lead: null,
    support: [],
    start: INSP_START,
    due: INSP_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S002,
        quote: 'chỉ đạo xây dựng, ban hành Kiến trúc Chính phủ điện tử',
      },
      {
        file: S002,
        quote:
          'chưa ban hành Kiến trúc Chính phủ điện tử theo quy định của Thủ tướng Chính phủ tại Quyết định số 1819/QĐ-TTg',
      },
    ],
    ambiguity: INSP_NO_LEAD,
  },
  {
    key: 'insp2018-online-service-effectiveness',
    ...INSP,
    parent: 'insp2018-remedy-shortcomings',
    title: 'Nâng cao hiệu quả cung cấp dịch vụ công trực tuyến',
    titleEn: 'Make the provision of online public services more effective',
    kind: 'TASK',
    lead: null,
    support: [],
    start: INSP_START,
    due: INSP_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      { file: S002, quote: 'nâng cao hiệu quả cung cấp DVC trực tuyến' },
      { file: S002, quote: 'Số lượng DVC trực tuyến phát sinh hồ sơ điện tử hạn chế (8/36 dịch vụ)' },
    ],
    ambiguity: INSP_NO_LEAD,
  },
  {
    key: 'insp2018-it-funding',
    ...INSP,
    parent: 'insp2018-remedy-shortcomings',
    title: 'Ưu tiên bố trí kinh phí cho hoạt động ứng dụng CNTT của Bộ',
    titleEn: "Give priority to funding the Ministry's IT-application activities",
    description:
      'Xây dựng các HTTT, CSDL chuyên ngành phục vụ quản lý, cung cấp DVC trực tuyến; tin học hóa nghiệp vụ hành chính; đặc biệt là kinh phí duy trì, vận hành các hệ thống đã được đầu tư. (Specialised information systems and databases for management and online services; computerising administrative work; above all the funds to maintain and operate the systems already built.)',
    kind: 'TASK',
    lead: null,
    support: [],
    start: INSP_START,
    due: INSP_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S002,
        quote:
          'quan tâm và chỉ đạo các đơn vị liên quan ưu tiên bố trí kinh phí cho hoạt động ứng dụng CNTT của Bộ như:',
      },
      {
        file: S002,
        quote:
          'đặc biệt là kinh phí duy trì, vận hành các hệ thống đã được đầu tư để đảm bảo tính thông suốt và liên tục.',
      },
    ],
    ambiguity: INSP_NO_LEAD,
  },
  {
    key: 'insp2018-it-staff',
    ...INSP,
    parent: 'insp2018-remedy-shortcomings',
    title:
      'Động viên, khuyến khích lực lượng cán bộ CNTT tại các đơn vị của Bộ để thu hút, duy trì nguồn nhân lực CNTT',
    titleEn:
      "Motivate and encourage the IT staff of the Ministry's units so as to attract and retain IT human resources",
    kind: 'TASK',
    lead: null,
    support: [],
    start: INSP_START,
    due: INSP_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S002,
        quote:
          'Kịp thời động viên, khuyến khích lực lượng cán bộ CNTT tại các đơn vị của Bộ để thu hút, duy trì nguồn nhân lực CNTT.',
      },
    ],
    ambiguity: INSP_NO_LEAD,
  },
  {
    key: 'insp2018-admin-reform-and-security',
    ...INSP,
    parent: 'insp2018-remedy-shortcomings',
    title: 'Gắn kết chặt chẽ hoạt động ứng dụng CNTT với cải cách hành chính và công tác bảo đảm an toàn thông tin',
    titleEn: 'Tie IT application closely to administrative reform and to information-security work',
    kind: 'TASK',
    lead: null,
    support: [],
    start: INSP_START,
    due: INSP_NO_DEADLINE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S002,
        quote:
          'cần lưu ý gắn kết chặt chẽ hoạt động ứng dụng CNTT với cải cách hành chính và công tác bảo đảm an toàn thông tin.',
      },
    ],
    ambiguity: INSP_NO_LEAD,
  },

  // ════ Plan implementing 17/NQ-CP (1224/QĐ-BVHTTDL) ══════════════════════════════════════════
  {
    key: 'nq17-work-items',
    ...NQ17,
    title: '25 đầu việc của Kế hoạch thực hiện Nghị quyết số 17/NQ-CP',
    titleEn: 'The 25 work items of the Plan implementing Resolution 17/NQ-CP',
    description:
      'Trung tâm Công nghệ thông tin chủ trì 10 đầu việc; Văn phòng Bộ chủ trì 5 đầu việc; Vụ Kế hoạch, Tài chính, Vụ Tổ chức cán bộ, Cục Hợp tác quốc tế cũng tham gia thực hiện. (The IT Centre leads 10 items and the Ministry Office 5; the Planning and Finance Department, the Personnel Department and the International Cooperation Department also take part.)',
    kind: 'SUMMARY',
    lead: null,
    support: ['TTCNTT', 'VP', 'KHTC', 'TCCB', 'HTQT'],
    start: NQ17_START,
    due: derived('2025-12-31', 'End of 2025, derived from "được thực hiện liên tục từ nay cho đến năm 2025".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S001,
        quote:
          'Văn phòng Bộ VHTTDL và Trung tâm Công nghệ thông tin chính là hai đơn vị chính chủ trì thực hiện 25 đầu việc.',
      },
      {
        file: S001,
        quote:
          'Trong kế hoạch này, Trung tâm Công nghệ thông tin chủ trì 10 đầu việc; Văn phòng Bộ VHTTDL chủ trì 5 đầu việc.',
      },
      {
        file: S001,
        quote:
          'các cơ quan như Vụ Kế hoạch Tài chính, Vụ Tổ chức cán bộ, Cục Hợp tác Quốc tế cũng tham gia thực hiện kế hoạch này.',
      },
    ],
    ambiguity:
      'Two units share the lead of the 25 items (TTCNTT 10, Văn phòng Bộ 5); the other 10 items are not attributed. No single lead is recorded.',
  },
  {
    key: 'nq17-central-public-service-portal',
    ...NQ17,
    parent: 'nq17-work-items',
    title: 'Cổng dịch vụ công tập trung để tiếp nhận, giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến',
    titleEn:
      'Central public-service portal to receive and handle administrative procedures and provide online public services',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ17_START,
    due: derived('2019-09-30', 'End of September 2019, derived from "mục tiêu đến hết tháng 9/2019".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S001,
        quote:
          'dù mục tiêu đến hết tháng 9/2019 nhưng Cổng dịch vụ công tập trung để tiếp nhận, giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến đã hoàn thành và vận hành thông suốt.',
      },
    ],
    ambiguity: `${NQ17_NO_LEAD} It was reported completed by 13/6/2019 (see the observation), but the completion date itself is not given.`,
  },
  {
    key: 'nq17-standardise-structure-identifiers',
    ...NQ17,
    parent: 'nq17-work-items',
    title: 'Tổ chức chuẩn hóa cấu trúc, hệ thống hóa mã định danh, tích hợp',
    titleEn: 'Standardise structures, systematise identification codes, integrate',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ17_START,
    due: unknown('Its deadline is not given; the review says it was completed on schedule.'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S001,
        quote:
          'nhiều đầu việc cũng đã được hoàn thành đúng tiến độ như: Tổ chức chuẩn hóa cấu trúc, hệ thống hóa mã định danh, tích hợp;',
      },
    ],
    ambiguity: NQ17_NO_LEAD,
  },
  {
    key: 'nq17-digitise-data',
    ...NQ17,
    parent: 'nq17-work-items',
    title: 'Thực hiện số hóa dữ liệu và cung cấp danh mục dữ liệu đã được số hóa theo quy định',
    titleEn: 'Digitise data and publish the catalogue of digitised data as required',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ17_START,
    due: unknown('Its deadline is not given; the review says it was completed on schedule.'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S001,
        quote: 'Thực hiện số hóa dữ liệu và cung cấp danh mục dữ liệu đã được số hóa theo quy định…',
      },
    ],
    ambiguity: NQ17_NO_LEAD,
  },
  {
    key: 'nq17-items-due-2019',
    ...NQ17,
    parent: 'nq17-work-items',
    title: 'Các đầu việc có thời hạn hoàn thành trong năm 2019',
    titleEn: 'The work items due for completion in 2019',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ17_START,
    due: derived('2019-12-31', 'End of 2019, derived from "thời hạn hoàn thành trong năm 2019".'),
    completedOn: null,
    progress: null,
    citations: [{ file: S001, quote: 'Theo lộ trình, có nhiều đầu việc thời hạn hoàn thành trong năm 2019' }],
    ambiguity: `A group of unnamed items; the source does not say how many. ${NQ17_NO_LEAD}`,
  },
  {
    key: 'nq17-items-2019-2020',
    ...NQ17,
    parent: 'nq17-work-items',
    title: 'Các nhiệm vụ có lộ trình hoàn thành giai đoạn năm 2019 – 2020',
    titleEn: 'The tasks scheduled for completion in 2019–2020',
    kind: 'TASK',
    lead: null,
    support: [],
    start: NQ17_START,
    due: derived('2020-12-31', 'End of 2020, derived from "lộ trình hoàn thành giai đoạn năm 2019 – 2020".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S001,
        quote:
          'các nhiệm vụ có lộ trình hoàn thành giai đoạn năm 2019 – 2020 và tiếp tục rà soát, hoàn thiện trong giai đoạn 2021 – 2025',
      },
    ],
    ambiguity: `A group of unnamed items. ${NQ17_NO_LEAD}`,
  },
  {
    key: 'nq17-items-review-2021-2025',
    ...NQ17,
    parent: 'nq17-work-items',
    title: 'Tiếp tục rà soát, hoàn thiện các nhiệm vụ trong giai đoạn 2021 – 2025',
    titleEn: 'Keep reviewing and refining the tasks in 2021–2025',
    kind: 'TASK',
    lead: null,
    support: [],
    start: derived('2021-01-01', 'Start of 2021, derived from "trong giai đoạn 2021 – 2025".'),
    due: derived('2025-12-31', 'End of 2025, derived from "trong giai đoạn 2021 – 2025".'),
    completedOn: null,
    progress: null,
    dependencies: [{ on: 'nq17-items-2019-2020', type: 'FINISH_TO_START', lagDays: 0 }],
    citations: [
      {
        file: S001,
        quote:
          'các nhiệm vụ có lộ trình hoàn thành giai đoạn năm 2019 – 2020 và tiếp tục rà soát, hoàn thiện trong giai đoạn 2021 – 2025',
      },
      { file: S001, quote: 'cũng có nhiều đầu việc được thực hiện liên tục từ nay cho đến năm 2025.' },
    ],
    ambiguity: `A group of unnamed items; the 2021–2025 review follows completion in 2019–2020 ("hoàn thành … và tiếp tục rà soát"), hence the finish-to-start link. ${NQ17_NO_LEAD}`,
  },
  {
    key: 'nq17-review-unfinished-items',
    plan: 'nq17-egov-plan-2019',
    assignedByEvent: 'review-2019-06-13-nq17',
    assignedOn: '2019-06-13',
    title: 'Tiếp tục rà soát lại các đầu việc chưa hoàn thành để có kế hoạch, lộ trình triển khai cụ thể',
    titleEn: 'Keep reviewing the unfinished work items so as to set a concrete plan and roadmap for them',
    kind: 'TASK',
    lead: null,
    support: [],
    start: derived(
      '2019-06-13',
      'Taken from the review meeting of 13/6/2019 at which the Thứ trưởng made the request.',
    ),
    due: unknown('The request gives no date.'),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S001,
        quote:
          'các đơn vị cần tiếp tục rà soát lại các đầu việc chưa hoàn thành để có kế hoạch, lộ trình triển khai cụ thể.',
      },
    ],
    ambiguity: 'Addressed to "các đơn vị" (the units) in general; no lead unit is named.',
  },

  // ════ Digital Transformation Programme to 2025 (3611/QĐ-BVHTTDL, external) ══════════════════
  {
    key: 'dxp2025-programme',
    plan: 'mcst-dx-programme-2025',
    assignedByDocument: '3611/QĐ-BVHTTDL',
    assignedOn: '2021-12-31',
    title: 'Thực hiện Chương trình chuyển đổi số của Bộ VHTTDL đến năm 2025',
    titleEn: "Carry out the Ministry's Digital Transformation Programme to 2025",
    kind: 'SUMMARY',
    lead: null,
    support: [],
    start: derived('2021-12-31', 'Taken from the date of decision 3611/QĐ-BVHTTDL that approved the programme.'),
    due: derived('2025-12-31', 'End of 2025, derived from "đến năm 2025".'),
    completedOn: null,
    progress: null,
    citations: [
      {
        url: URL_QD3611,
        quote:
          '**QĐ 3611/QĐ-BVHTTDL, 31/12/2021**, approved the **Chương trình chuyển đổi số của Bộ VHTTDL đến năm 2025, định hướng đến năm 2030**.',
        confidence: 'medium',
      },
      { url: URL_QD3611, quote: "The programme's targets were **not retrieved**.", confidence: 'medium' },
    ],
    ambiguity:
      "External only. The programme's targets, tasks and lead units were not retrieved, so it is one summary item without children and no lead.",
  },

  // ════ Digital-transformation plan 2022 (949/QĐ-BVHTTDL) — targets ══════════════════════════
  {
    key: 'dx2022-online-public-services-target',
    ...DX22,
    title: 'Hoàn thành chỉ tiêu cung cấp dịch vụ công trực tuyến năm 2022 tới cá nhân, tổ chức',
    titleEn: 'Meet the 2022 target for providing online public services to individuals and organisations',
    kind: 'MILESTONE',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      { file: S004, quote: 'Hoàn thành chỉ tiêu cung cấp dịch vụ công trực tuyến năm 2022 tới cá nhân, tổ chức;' },
    ],
    ambiguity: `The article does not give the target's figure nor a lead unit. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-digitise-tthc-dossiers',
    ...DX22,
    title:
      '100% thủ tục hành chính được số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa đơn vị',
    titleEn: "100% of administrative procedures have their dossiers and results digitised at the units' one-stop desks",
    kind: 'MILESTONE',
    lead: null,
    support: [],
    start: DX22_START,
    due: stated(
      '2022-06-01',
      '"chậm nhất thực hiện từ ngày 01 tháng 6 năm 2022" (in force from 1 June 2022 at the latest).',
    ),
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          '100% thủ tục hành chính được số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa đơn vị (chậm nhất thực hiện từ ngày 01 tháng 6 năm 2022);',
      },
    ],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-reports-digitally-signed',
    ...DX22,
    title:
      '100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ được ký số, gửi qua Hệ thống thông tin báo cáo của Bộ, chia sẻ với Hệ thống thông tin báo cáo Quốc gia',
    titleEn:
      "100% of periodic reports and reporting indicators are digitally signed, sent through the Ministry's reporting system and shared with the National reporting system",
    description: 'Không bao gồm nội dung mật. (Classified content excluded.)',
    kind: 'MILESTONE',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          '100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ thuộc phạm vi quản lý của Bộ (không bao gồm nội dung mật) được ký số, gửi qua Hệ thống thông tin báo cáo của Bộ, chia sẻ với Hệ thống thông tin báo cáo Quốc gia;',
      },
    ],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-work-files-online',
    ...DX22,
    title: '100% hồ sơ công việc được xử lý trên môi trường mạng',
    titleEn: '100% of work files are processed online',
    description: 'Trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước. (Except files covered by state secrecy.)',
    kind: 'MILESTONE',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          '100% hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)',
      },
    ],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },

  // ════ Digital-transformation plan 2022 — contents ══════════════════════════════════════════
  {
    key: 'dx2022-digital-foundations',
    ...DX22,
    title: 'Xây dựng, phát triển nền tảng cho chuyển đổi số',
    titleEn: 'Build and develop the foundations for digital transformation',
    kind: 'SUMMARY',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'Xây dựng, phát triển nền tảng cho chuyển đổi số (Chuyển đổi nhận thức; Kiến tạo thể chế; Phát triển hạ tầng số, nền tảng số; Phát triển ứng dụng; Phát triển dữ liệu số; Bảo đảm an toàn thông tin mạng);',
      },
    ],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-change-awareness',
    ...DX22,
    parent: 'dx2022-digital-foundations',
    title: 'Chuyển đổi nhận thức',
    titleEn: 'Change awareness',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [{ file: S004, quote: '(Chuyển đổi nhận thức;' }],
    ambiguity: `No lead unit is named; the article gives only the heading. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-build-institutions',
    ...DX22,
    parent: 'dx2022-digital-foundations',
    title: 'Kiến tạo thể chế',
    titleEn: 'Build the institutional framework',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [{ file: S004, quote: 'Kiến tạo thể chế;' }],
    ambiguity: `No lead unit is named; the article gives only the heading. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-digital-infrastructure-platforms',
    ...DX22,
    parent: 'dx2022-digital-foundations',
    title: 'Phát triển hạ tầng số, nền tảng số',
    titleEn: 'Develop digital infrastructure and digital platforms',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [{ file: S004, quote: 'Phát triển hạ tầng số, nền tảng số;' }],
    ambiguity: `No lead unit is named; the article gives only the heading. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-develop-applications',
    ...DX22,
    parent: 'dx2022-digital-foundations',
    title: 'Phát triển ứng dụng',
    titleEn: 'Develop applications',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [{ file: S004, quote: 'Phát triển ứng dụng;' }],
    ambiguity: `No lead unit is named; the article gives only the heading. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-digital-data',
    ...DX22,
    parent: 'dx2022-digital-foundations',
    title: 'Phát triển dữ liệu số',
    titleEn: 'Develop digital data',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [{ file: S004, quote: 'Phát triển dữ liệu số;' }],
    ambiguity: `No lead unit is named; the article gives only the heading. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-network-information-security',
    ...DX22,
    parent: 'dx2022-digital-foundations',
    title: 'Bảo đảm an toàn thông tin mạng',
    titleEn: 'Ensure network information security',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [{ file: S004, quote: 'Bảo đảm an toàn thông tin mạng);' }],
    ambiguity: `No lead unit is named; the article gives only the heading. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-e-government',
    ...DX22,
    title: 'Phát triển Chính phủ điện tử hướng đến Chính phủ số',
    titleEn: 'Develop e-Government towards digital Government',
    kind: 'SUMMARY',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [{ file: S004, quote: 'Phát triển Chính phủ điện tử hướng đến Chính phủ số' }],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-document-management-system',
    ...DX22,
    parent: 'dx2022-e-government',
    title: 'Duy trì và mở rộng hệ thống quản lý văn bản điện tử phục vụ công tác chỉ đạo, điều hành của Lãnh đạo Bộ',
    titleEn:
      "Maintain and extend the electronic document-management system serving the Ministry leadership's direction and management",
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'Duy trì và mở rộng hệ thống quản lý văn bản điện tử phục vụ công tác chỉ đạo, điều hành của Lãnh đạo Bộ',
      },
    ],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-reporting-system',
    ...DX22,
    parent: 'dx2022-e-government',
    title:
      'Duy trì hệ thống thông tin báo cáo của Bộ để kết nối, truyền dữ liệu đến hệ thống thông tin báo cáo của Chính phủ',
    titleEn:
      "Maintain the Ministry's reporting information system, connected to and sending data to the Government's reporting system",
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'duy trì hệ thống thông tin báo cáo của Bộ để kết nối, truyền dữ liệu đến hệ thống thông tin báo cáo của Chính phủ;',
      },
    ],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-tthc-information-system',
    ...DX22,
    parent: 'dx2022-e-government',
    title:
      'Hoàn thiện và triển khai Hệ thống thông tin giải quyết TTHC của Bộ, kết nối, liên thông với hệ thống hải quan một cửa Quốc gia và Cổng dịch vụ công Quốc gia',
    titleEn:
      "Complete and roll out the Ministry's administrative-procedure information system, connected with the National Single Window (customs) system and the National Public Service Portal",
    description:
      'Triển khai tới các đơn vị được giao giải quyết thủ tục hành chính. (Rolled out to the units that handle administrative procedures.)',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'Hoàn thiện và triển khai Hệ thống thông tin giải quyết TTHC của Bộ tới các đơn vị được giao giải quyết thủ tục hành chính',
      },
      { file: S004, quote: 'với hệ thống hải quan một cửa Quốc gia và Cổng dịch vụ công Quốc gia).' },
    ],
    ambiguity: `No lead unit is named. ${DX22_ASSIGNED}`,
  },

  // ════ Digital-transformation plan 2022 — organisation ══════════════════════════════════════
  {
    key: 'dx2022-steering-committee-direction',
    ...DX22,
    title: 'Chỉ đạo, điều phối, kiểm tra, đánh giá việc triển khai Kế hoạch chuyển đổi số năm 2022',
    titleEn: 'Direct, coordinate, check and evaluate the implementation of the 2022 digital-transformation plan',
    description:
      'Chỉ đạo các đơn vị triển khai; điều phối hoạt động; kiểm tra, đánh giá kết quả; chỉ đạo xử lý kịp thời khó khăn, vướng mắc. (Direct the units, coordinate, check and evaluate results, resolve difficulties promptly.)',
    kind: 'TASK',
    lead: 'BCĐ-CĐS',
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'Bộ VHTTDL giao Ban Chỉ đạo Chuyển đổi số của Bộ VHTTDL chỉ đạo các đơn vị thuộc Bộ triển khai thực hiện Kế hoạch;',
      },
      {
        file: S004,
        quote:
          'kiểm tra, đánh giá kết quả thực hiện; chỉ đạo xử lý kịp thời các khó khăn, vướng mắc của các cơ quan, đơn vị trong quá trình thực hiện Kế hoạch.',
      },
    ],
    ambiguity: DX22_ASSIGNED,
  },
  {
    key: 'dx2022-ttcntt-coordination',
    ...DX22,
    title:
      'Chủ trì tổ chức thực hiện, theo dõi, đôn đốc tiến độ triển khai Kế hoạch; báo cáo Ban Chỉ đạo khó khăn, vướng mắc',
    titleEn:
      'Lead the implementation, monitor and push progress on the plan; report difficulties to the Steering Committee',
    description:
      "Trung tâm Công nghệ thông tin là Cơ quan Thường trực Ban Chỉ đạo; đồng thời tham mưu triển khai các nhiệm vụ cụ thể được phân công. (The IT Centre is the Steering Committee's standing body; it also advises on the specific tasks assigned to it.)",
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'Bộ VHTTDL giao Trung tâm Công nghệ thông tin (Cơ quan Thường trực Ban Chỉ đạo) chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện, theo dõi, đôn đốc tiến độ triển khai thực hiện nhiệm vụ của các cơ quan, đơn vị',
      },
    ],
    ambiguity: `The units TTCNTT works with are "các cơ quan, đơn vị liên quan", not named. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-ttcntt-quarterly-report',
    ...DX22,
    title: 'Định kỳ hàng quý tổng hợp, báo cáo Ban Chỉ đạo kết quả triển khai thực hiện Kế hoạch',
    titleEn: 'Each quarter, compile and report to the Steering Committee the results of carrying out the plan',
    kind: 'TASK',
    lead: 'TTCNTT',
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote: 'Tiến hành định kỳ hàng quý tổng hợp, báo cáo Ban Chỉ đạo kết quả triển khai thực hiện Kế hoạch.',
      },
    ],
    ambiguity: `The day by which TTCNTT reports to the Steering Committee each quarter is not given. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-balance-funding',
    ...DX22,
    title: 'Tham mưu cân đối nguồn kinh phí ngân sách nhà nước để triển khai thực hiện Kế hoạch',
    titleEn: 'Advise on balancing state-budget funds for carrying out the plan',
    kind: 'TASK',
    lead: 'KHTC',
    support: ['TTCNTT'],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'Vụ Kế hoạch, Tài chính chủ trì, phối hợp với Trung tâm Công nghệ thông tin tham mưu cân đối nguồn kinh phí ngân sách nhà nước để triển khai thực hiện Kế hoạch.',
      },
    ],
    ambiguity: DX22_ASSIGNED,
  },
  {
    key: 'dx2022-units-implement',
    ...DX22,
    title: 'Thủ trưởng các cơ quan, đơn vị thuộc Bộ cụ thể hóa các nhiệm vụ, tổ chức triển khai thực hiện Kế hoạch',
    titleEn: "Heads of the Ministry's agencies and units turn the plan into concrete tasks and carry them out",
    description: 'Bảo đảm hoàn thành đúng tiến độ, chất lượng. (On time and to the required quality.)',
    kind: 'TASK',
    lead: null,
    support: [],
    start: DX22_START,
    due: DX22_DUE,
    completedOn: null,
    progress: null,
    citations: [
      {
        file: S004,
        quote:
          'Thủ trưởng Các cơ quan, đơn vị thuộc Bộ căn cứ vào nội dung kế hoạch cụ thể hóa các nhiệm vụ, tổ chức triển khai thực hiện; bảo đảm hoàn thành đúng tiến độ, chất lượng;',
      },
    ],
    ambiguity: `Addressed to every unit head; no single lead unit. ${DX22_ASSIGNED}`,
  },
  {
    key: 'dx2022-units-quarterly-report',
    ...DX22,
    title:
      'Báo cáo tình hình thực hiện Kế hoạch hàng quý, gửi Trung tâm Công nghệ thông tin chậm nhất vào ngày 25 tháng cuối quý',
    titleEn:
      'Report each quarter on carrying out the plan, sending the report to the IT Centre by the 25th of the last month of the quarter',
    description:
      'Thời gian chốt số liệu: Quý I từ 15/12 năm trước tới 14/3, Quý II 15/3 - 14/6, Quý III 15/6 - 14/9, Quý IV 15/9 - 14/12. (Cut-off periods: Q1 15/12 of the previous year – 14/3, Q2 15/3 – 14/6, Q3 15/6 – 14/9, Q4 15/9 – 14/12.)',
    kind: 'TASK',
    lead: null,
    support: ['TTCNTT'],
    start: DX22_START,
    due: derived(
      '2022-12-25',
      'The last report of 2022 (Quý IV) is due "chậm nhất vào ngày 25 tháng cuối quý", i.e. 25/12/2022.',
    ),
    completedOn: null,
    progress: null,
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
    ambiguity: `Addressed to every unit head; no single lead unit. TTCNTT, the recipient that compiles the reports for the Ministry's leadership, is recorded as supporting unit. ${DX22_ASSIGNED}`,
  },

  // ════ Strategies 2025-2030 (external) ═══════════════════════════════════════════════════════
  {
    key: 'strat2025-issue-dx-strategy',
    plan: 'dx-strategy-2025-2030',
    assignedByDocument: '4220/QĐ-BVHTTDL',
    assignedOn: '2025-11-05',
    title: 'Ban hành Chiến lược Chuyển đổi số của Bộ VHTTDL giai đoạn 2025-2030',
    titleEn: "Issue the Ministry's Digital Transformation Strategy, 2025-2030",
    kind: 'MILESTONE',
    lead: null,
    support: ['VP', 'TTCĐS'],
    start: stated('2025-11-05', 'The date of decision 4220/QĐ-BVHTTDL.'),
    due: stated('2025-11-05', 'The date of decision 4220/QĐ-BVHTTDL.'),
    completedOn: '2025-11-05',
    progress: 100,
    citations: [
      {
        url: URL_4220,
        quote: '**QĐ 4220/QĐ-BVHTTDL, 05/11/2025**: Chiến lược Chuyển đổi số của Bộ VHTTDL giai đoạn 2025-2030.',
        confidence: 'high',
      },
      {
        url: URL_4220,
        quote:
          'on the proposal of the Chánh Văn phòng Bộ and the **Giám đốc Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch**.',
        confidence: 'high',
      },
    ],
    ambiguity:
      'External only. The strategy was adopted on the proposal of both the Chánh Văn phòng Bộ and the director of the Trung tâm Chuyển đổi số VHTTDL, so no single lead is recorded; it was signed by Thứ trưởng Phan Tâm on behalf of the Minister.',
  },
  {
    key: 'strat2025-issue-data-strategy',
    plan: 'data-strategy-2025-2030',
    assignedByDocument: '4221/QĐ-BVHTTDL',
    assignedOn: '2025-11-05',
    title: 'Ban hành Chiến lược dữ liệu giai đoạn 2025-2030',
    titleEn: "Issue the Ministry's Data Strategy, 2025-2030",
    kind: 'MILESTONE',
    lead: null,
    support: ['VP', 'TTCĐS'],
    start: stated('2025-11-05', 'The date of decision 4221/QĐ-BVHTTDL.'),
    due: stated('2025-11-05', 'The date of decision 4221/QĐ-BVHTTDL.'),
    completedOn: '2025-11-05',
    progress: 100,
    citations: [
      {
        url: URL_4221,
        quote: '**QĐ 4221/QĐ-BVHTTDL, 05/11/2025**: Chiến lược dữ liệu 2025-2030.',
        confidence: 'high',
      },
      {
        url: URL_4221,
        quote:
          'on the proposal of the Chánh Văn phòng Bộ and the **Giám đốc Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch**.',
        confidence: 'high',
      },
    ],
    ambiguity:
      'External only. The strategy was adopted on the proposal of both the Chánh Văn phòng Bộ and the director of the Trung tâm Chuyển đổi số VHTTDL, so no single lead is recorded; it was signed by Thứ trưởng Phan Tâm on behalf of the Minister.',
  },
];
