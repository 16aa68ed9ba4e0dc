import type { StatusObservationData } from './types.js';

const S000 = '000_aabe5bf2301142d2.txt';
const S001 = '001_81abc726803d8ac4.txt';
const S002 = '002_a80ea4b13fababbc.txt';

const LATE_2013 =
  'observedOn 2013-09-30 is DERIVED from "đến tháng 9 năm 2013" (as of the end of September 2013); the delay was reported at the meeting of 29/10/2013 and recorded in notice 458/TB-VP.';
const MATCH_2018 =
  "The 2018 article reports the state of the Ministry's IT work without referring to the 2014 plan; matching it to this task is the curator's reading.";

export const observations: StatusObservationData[] = [
  // ── As of September 2013 (458/TB-VP) ────────────────────────────────────────────────────────
  {
    task: 'tb458-project-vhxh-information-system',
    observedOn: '2013-09-30',
    status: 'BEHIND',
    note: 'Đến tháng 9 năm 2013, dự án Hệ thống thông tin điện tử Văn hóa - Xã hội bị chậm tiến độ.',
    noteEn: 'As of September 2013 the Culture and Society Electronic Information System project was behind schedule.',
    event: 'meeting-2013-10-29-it-tasks',
    document: '458/TB-VP',
    citations: [
      {
        file: S000,
        quote:
          'Phân tích, đánh giá một số nhiệm vụ đến tháng 9 năm 2013 bị chậm tiến độ: dự án Hệ thống thông tin điện tử Văn hóa - Xã hội;',
      },
    ],
    ambiguity: LATE_2013,
  },
  {
    task: 'tb458-project-cpnet',
    observedOn: '2013-09-30',
    status: 'BEHIND',
    note: 'Đến tháng 9 năm 2013, dự án Kết nối Cổng thông tin Chính phủ (CPNET) bị chậm tiến độ.',
    noteEn: 'As of September 2013 the Government Portal connection (CPNET) project was behind schedule.',
    event: 'meeting-2013-10-29-it-tasks',
    document: '458/TB-VP',
    citations: [
      { file: S000, quote: 'Phân tích, đánh giá một số nhiệm vụ đến tháng 9 năm 2013 bị chậm tiến độ:' },
      { file: S000, quote: 'dự án Kết nối Cổng thông tin Chính phủ (CPNET);' },
    ],
    ambiguity: LATE_2013,
  },
  {
    task: 'tb458-project-iptv',
    observedOn: '2013-09-30',
    status: 'BEHIND',
    note: 'Đến tháng 9 năm 2013, dự án Ứng dụng công nghệ IPTV trong quảng bá văn hóa, thể thao, du lịch bị chậm tiến độ.',
    noteEn: 'As of September 2013 the project using IPTV to promote culture, sports and tourism was behind schedule.',
    event: 'meeting-2013-10-29-it-tasks',
    document: '458/TB-VP',
    citations: [
      { file: S000, quote: 'Phân tích, đánh giá một số nhiệm vụ đến tháng 9 năm 2013 bị chậm tiến độ:' },
      { file: S000, quote: 'dự án Ứng dụng công nghệ IPTV trong quảng bá văn hóa, thể thao, du lịch;' },
    ],
    ambiguity: LATE_2013,
  },
  {
    task: 'tb458-it-application-plan',
    observedOn: '2013-09-30',
    status: 'BEHIND',
    note: 'Đến tháng 9 năm 2013, Kế hoạch ứng dụng CNTT trong hoạt động của cơ quan nhà nước của Bộ bị chậm tiến độ.',
    noteEn:
      "As of September 2013 the Ministry's plan for IT application in state agencies' operations was behind schedule.",
    event: 'meeting-2013-10-29-it-tasks',
    document: '458/TB-VP',
    citations: [
      { file: S000, quote: 'Phân tích, đánh giá một số nhiệm vụ đến tháng 9 năm 2013 bị chậm tiến độ:' },
      {
        file: S000,
        quote:
          'Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước của Bộ Văn hóa, Thể thao và Du lịch.',
      },
    ],
    ambiguity: LATE_2013,
  },

  // ── Inspection of 05/6/2018 ─────────────────────────────────────────────────────────────────
  {
    task: 'nq36-medium-term-plan-2016-2020',
    observedOn: '2018-06-05',
    status: 'IN_PROGRESS',
    note: 'Bộ đã ban hành Kế hoạch 5 năm và hàng năm theo Quyết định số 1819/QĐ-TTg (giai đoạn 2016-2020).',
    noteEn: 'The Ministry has issued its five-year and annual plans under Decision 1819/QĐ-TTg (2016-2020).',
    event: 'inspection-2018-06-05-egov',
    citations: [
      {
        file: S002,
        quote: 'Bộ VHTT&DL đã ban hành Kế hoạch 5 năm và hàng năm theo quy định tại Quyết định số 1819/QĐ-TTg',
      },
    ],
    ambiguity: `${MATCH_2018} The five-year plan under 1819/QĐ-TTg (2016-2020) is taken to be the medium-term plan 2016 – 2020 announced in 2014; it has been issued, so its execution is in progress.`,
  },
  {
    task: 'nq36-portal-linked-to-government-portal',
    observedOn: '2018-06-05',
    status: 'IN_PROGRESS',
    note: 'Cổng Thông tin điện tử của Bộ (http://bvhttdl.gov.vn) đã được xây dựng, duy trì vận hành, cập nhật thường xuyên; nhiều đơn vị chưa tích hợp Trang thông tin điện tử lên Cổng.',
    noteEn:
      "The Ministry's web portal (http://bvhttdl.gov.vn) has been built, is kept running and regularly updated; many units have not yet integrated their websites into it.",
    event: 'inspection-2018-06-05-egov',
    citations: [
      {
        file: S002,
        quote:
          'xây dựng, duy trì vận hành Cổng Thông tin điện tử của Bộ tại địa chỉ: http://bvhttdl.gov.vn và đã được duy trì, cập nhật thường xuyên.',
      },
      { file: S002, quote: 'nhiều đơn vị chưa tích hợp Trang thông tin điện tử lên Cổng Thông tin điện tử của Bộ' },
    ],
    ambiguity: `${MATCH_2018} The article does not say whether the portal is connected to the Government portal, so the task is not marked done.`,
  },
  {
    task: 'nq36-online-public-services',
    observedOn: '2018-06-05',
    status: 'IN_PROGRESS',
    note: 'Bộ đã cung cấp 36 DVC trực tuyến mức độ 3, mức độ 4 trên tổng số 89 TTHC (tương đương 40%), tập trung tại Cổng Thông tin điện tử của Bộ; hệ thống DVC trực tuyến đã kết nối với Tổng công ty Bưu điện Việt Nam; chỉ 8/36 dịch vụ phát sinh hồ sơ điện tử.',
    noteEn:
      'The Ministry provides 36 level-3/4 online public services out of 89 administrative procedures (about 40%), gathered on its portal; the system is linked to Vietnam Post for postal receipt and return of dossiers; only 8 of the 36 services have received electronic dossiers.',
    event: 'inspection-2018-06-05-egov',
    citations: [
      {
        file: S002,
        quote:
          'đã cung cấp 36 DVC trực tuyến mức độ 3, mức độ 4 trên tổng số 89 thủ tục hành chính (tương đương 40% TTHC).',
      },
      {
        file: S002,
        quote: 'Hệ thống DVC trực tuyến của Bộ đã kết nối với hệ thống thông tin của Tổng công ty Bưu điện Việt Nam',
      },
      { file: S002, quote: 'Số lượng DVC trực tuyến phát sinh hồ sơ điện tử hạn chế (8/36 dịch vụ)' },
    ],
    ambiguity: MATCH_2018,
  },
  {
    task: 'nq36-computerise-work-files',
    observedOn: '2018-06-05',
    status: 'IN_PROGRESS',
    note: 'Bộ đã xây dựng, triển khai hệ thống quản lý văn bản và điều hành dùng chung, kết nối liên thông với Văn phòng Chính phủ; tỷ lệ văn bản trao đổi hoàn toàn dưới dạng điện tử đạt 30%, điện tử song song với giấy đạt 65%.',
    noteEn:
      'The Ministry has built and deployed a shared document-management and operations system, connected with the Government Office; 30% of documents between its units are exchanged fully electronically and 65% electronically alongside paper.',
    event: 'inspection-2018-06-05-egov',
    citations: [
      {
        file: S002,
        quote:
          'Bộ VHTT&DL đã xây dựng, triển khai hệ thống quản lý văn bản và điều hành dùng chung của Bộ và đã thực hiện kết nối liên thông với Văn phòng Chính phủ',
      },
      {
        file: S002,
        quote: 'tỷ lệ văn bản trao đổi giữa các đơn vị thuộc Bộ hoàn toàn dưới dạng điện tử đạt 30%;',
      },
    ],
    ambiguity: MATCH_2018,
  },
  {
    task: 'nq36-national-databases',
    observedOn: '2018-06-05',
    status: 'IN_PROGRESS',
    note: 'Các đơn vị thuộc Bộ triển khai nhiều CSDL nhưng rời rạc, chưa có sự kế thừa, chia sẻ dữ liệu.',
    noteEn:
      "The Ministry's units have deployed many databases, but they are fragmented, with no reuse or data sharing.",
    event: 'inspection-2018-06-05-egov',
    citations: [
      {
        file: S002,
        quote: 'các đơn vị thuộc Bộ triển khai nhiều CSDL nhưng rời rạc, chưa có sự kế thừa, chia sẻ dữ liệu.',
      },
    ],
    ambiguity: `${MATCH_2018} The databases named in 2018 are the units' databases, not necessarily the national databases of the 2014 task.`,
  },

  // ── Review of 13/6/2019 ─────────────────────────────────────────────────────────────────────
  {
    task: 'nq17-work-items',
    observedOn: '2019-06-13',
    status: 'IN_PROGRESS',
    note: 'Nhiều đầu việc đã được cơ quan chủ trì hoàn thành đạt và vượt so với tiến độ đề ra; còn các đầu việc chưa hoàn thành cần rà soát.',
    noteEn:
      'Many work items have been completed on or ahead of schedule by their lead units; the unfinished items are to be reviewed.',
    event: 'review-2019-06-13-nq17',
    citations: [
      {
        file: S001,
        quote:
          'Theo báo cáo tiến độ thực hiện, có nhiều đầu việc đã được cơ quan chủ trì hoàn thành đạt và vượt so với tiến độ đề ra.',
      },
      { file: S001, quote: 'các đơn vị cần tiếp tục rà soát lại các đầu việc chưa hoàn thành' },
    ],
  },
  {
    task: 'nq17-central-public-service-portal',
    observedOn: '2019-06-13',
    status: 'DONE',
    note: 'Dù mục tiêu đến hết tháng 9/2019, Cổng dịch vụ công tập trung đã hoàn thành và vận hành thông suốt.',
    noteEn:
      'Although the target was the end of September 2019, the central public-service portal was already completed and running smoothly.',
    event: 'review-2019-06-13-nq17',
    citations: [
      {
        file: S001,
        quote:
          'dù mục tiêu đến hết tháng 9/2019 nhưng Cổng dịch vụ công tập trung để tiếp nhận, giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến đã hoàn thành và vận hành thông suốt.',
      },
    ],
    ambiguity: 'Reported done as of the review of 13/6/2019; the actual completion date is not given.',
  },
  {
    task: 'nq17-standardise-structure-identifiers',
    observedOn: '2019-06-13',
    status: 'DONE',
    note: 'Đã hoàn thành đúng tiến độ.',
    noteEn: 'Completed on schedule.',
    event: 'review-2019-06-13-nq17',
    citations: [
      {
        file: S001,
        quote:
          'nhiều đầu việc cũng đã được hoàn thành đúng tiến độ như: Tổ chức chuẩn hóa cấu trúc, hệ thống hóa mã định danh, tích hợp;',
      },
    ],
    ambiguity: 'Reported done as of the review of 13/6/2019; the completion date and the deadline are not given.',
  },
  {
    task: 'nq17-digitise-data',
    observedOn: '2019-06-13',
    status: 'DONE',
    note: 'Đã hoàn thành đúng tiến độ.',
    noteEn: 'Completed on schedule.',
    event: 'review-2019-06-13-nq17',
    citations: [
      { file: S001, quote: 'nhiều đầu việc cũng đã được hoàn thành đúng tiến độ như:' },
      {
        file: S001,
        quote: 'Thực hiện số hóa dữ liệu và cung cấp danh mục dữ liệu đã được số hóa theo quy định…',
      },
    ],
    ambiguity: 'Reported done as of the review of 13/6/2019; the completion date and the deadline are not given.',
  },
  {
    task: 'nq17-items-2019-2020',
    observedOn: '2019-06-13',
    status: 'ON_TRACK',
    note: 'Các nhiệm vụ có lộ trình hoàn thành giai đoạn 2019 – 2020 đang được cơ quan chủ trì tích cực thực hiện theo đúng tiến độ.',
    noteEn: 'The tasks scheduled for 2019–2020 are being actively carried out by their lead units, on schedule.',
    event: 'review-2019-06-13-nq17',
    citations: [
      {
        file: S001,
        quote: 'cũng đang được cơ quan chủ trì của Bộ VHTTDL tích cực thực hiện theo đúng tiến độ đã đề ra.',
      },
    ],
  },
];
