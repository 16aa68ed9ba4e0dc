import type { PlanData } from './types.js';

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

export const plans: PlanData[] = [
  {
    key: 'tb458-it-tasks-2013',
    title: 'Kết luận 458/TB-VP về việc thực hiện nhiệm vụ công nghệ thông tin của Bộ',
    titleEn: "Conclusions 458/TB-VP on carrying out the Ministry's IT tasks",
    periodStart: '2013-01-01',
    periodEnd: '2013-12-31',
    basis: [],
    document: '458/TB-VP',
    citations: [
      {
        file: S000,
        quote:
          'Thông báo Số: 458/TB-VP ngày 01 tháng 11 năm 2013 Kết luận của Thứ trưởng Đặng Thị Bích Liên tại cuộc họp về việc thực hiện nhiệm vụ công nghệ thông tin của Bộ Văn hóa, Thể thao và Du lịch',
      },
      {
        file: S000,
        quote: 'báo cáo tóm tắt về tình hình thực hiện nhiệm vụ công nghệ thông tin 9 tháng đầu năm 2013',
      },
      {
        file: S000,
        quote: 'Tiếp tục đôn đốc các Trung tâm về công nghệ thông tin hoàn thành các nhiệm vụ năm 2013, trong đó:',
      },
    ],
    ambiguity:
      'The notice states no period. The period is DERIVED as the year 2013: the meeting reviewed the IT tasks of the first nine months of 2013 and the conclusions are about finishing "các nhiệm vụ năm 2013"; most deadlines fall in 2013. One task (preparing the 2014 plan) has no deadline. The conclusions were given at the meeting of 29/10/2013 and notified on 01/11/2013; the tasks are dated from the meeting. No legal basis is stated for the conclusions as a whole (one task refers to 76/NĐ-CP).',
  },
  {
    key: 'nq36-it-plan-2014-2020',
    title:
      'Kế hoạch ứng dụng và phát triển công nghệ thông tin phục vụ hoạt động của Bộ VHTTDL đến hết năm 2014, trong năm 2015 và kế hoạch trung hạn 2016 – 2020 (triển khai Nghị quyết 36-NQ/TW và 47/NQ-CP)',
    titleEn:
      "Plan for applying and developing IT in the Ministry's operations to the end of 2014, in 2015 and medium-term 2016–2020 (implementing Resolutions 36-NQ/TW and 47/NQ-CP)",
    periodStart: '2014-09-18',
    periodEnd: '2020-12-31',
    basis: ['36-NQ/TW', '47/NQ-CP'],
    citations: [
      {
        file: S003,
        quote:
          'bằng kế hoạch ứng dụng và phát triển công nghệ thông tin phục vụ hoạt động của Bộ VHTTDL đến hết năm 2014, trong năm 2015 và kế hoạch trung hạn 2016 – 2020.',
      },
      { file: S003, quote: 'Toàn cảnh Hội nghị triển khai kế hoạch thực hiện Nghị quyết số 36-NQ/TW và số 47/NQ-CP' },
    ],
    ambiguity:
      'Known only from the article on the 18/9/2014 conference; the plan\'s own document, number and date are not given. The period start is DERIVED from the conference date and its end from "kế hoạch trung hạn 2016 – 2020" (31/12/2020). Its basis 47/NQ-CP is unverified (see that document).',
  },
  {
    key: 'insp2018-recommendations',
    title: 'Kiến nghị của Đoàn Kiểm tra Ban Điều hành ứng dụng CNTT ngày 05/6/2018',
    titleEn: 'Recommendations of the inspection team of the Executive Board for IT Application, 5 June 2018',
    periodStart: '2018-06-05',
    periodEnd: null,
    basis: ['1819/QĐ-TTg', '36a/NQ-CP', '43/2011/NĐ-CP', '846/QĐ-TTg'],
    citations: [
      {
        file: S002,
        quote:
          'Kiến nghị Lãnh đạo Bộ Văn hóa, Thể thao và Du lịch quan tâm, chỉ đạo xây dựng, ban hành Kiến trúc Chính phủ điện tử',
      },
      {
        file: S002,
        quote:
          'đã nỗ lực, triển khai các nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao tại Quyết định số 1819/QĐ-TTg, Nghị quyết 36a/NQ-CP, Nghị định số 43/2011/NĐ-CP, Quyết định số 846/QĐ-TTg',
      },
    ],
    ambiguity:
      'Not a plan document but the recommendations of the 05/6/2018 inspection, "trong thời gian tới" (in the time ahead) without an end date, so the period end is null. The basis lists the acts against which the inspection assessed the Ministry.',
  },
  {
    key: 'nq17-egov-plan-2019',
    title:
      'Kế hoạch thực hiện Nghị quyết số 17/NQ-CP của Chính phủ về phát triển Chính phủ điện tử giai đoạn 2019 – 2020, định hướng đến năm 2025',
    titleEn:
      'Plan implementing Government Resolution 17/NQ-CP on e-Government development 2019–2020, with orientation to 2025',
    periodStart: '2019-03-29',
    periodEnd: '2025-12-31',
    basis: ['17/NQ-CP'],
    document: '1224/QĐ-BVHTTDL',
    citations: [
      {
        file: S001,
        quote: 'ngày 29/3/2019, Bộ VHTTDL đã ban hành Kế hoạch thực hiện Nghị quyết này.',
      },
      {
        file: S001,
        quote: 'cũng có nhiều đầu việc được thực hiện liên tục từ nay cho đến năm 2025.',
      },
      {
        url: URL_QD3611,
        quote:
          'Quyết định số **1224/QĐ-BVHTTDL** ngày 29 tháng 3 năm 2019 của Bộ trưởng Bộ VHTTDL ban hành Kế hoạch thực hiện Nghị quyết số 17/NQ-CP ngày 07 tháng 3 năm 2019',
        confidence: 'medium',
      },
    ],
    ambiguity:
      'The period end 31/12/2025 is DERIVED from "cho đến năm 2025". The plan\'s number 1224/QĐ-BVHTTDL is external (medium–high confidence); seed 001 gives only its date.',
  },
  {
    key: 'mcst-dx-programme-2025',
    title: 'Chương trình chuyển đổi số của Bộ VHTTDL đến năm 2025, định hướng đến năm 2030',
    titleEn:
      'Digital Transformation Programme of the Ministry of Culture, Sports and Tourism to 2025, with orientation to 2030',
    periodStart: '2021-12-31',
    periodEnd: '2025-12-31',
    basis: ['64/2007/NĐ-CP', '79/2017/NĐ-CP', '749/QĐ-TTg', '942/QĐ-TTg', '1224/QĐ-BVHTTDL', '17/NQ-CP'],
    document: '3611/QĐ-BVHTTDL',
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
      'External only. The period starts on the approval date 31/12/2021 and its end is DERIVED from "đến năm 2025" (the orientation to 2030 is not counted). The basis is the list of acts cited in the decision\'s preamble. Its targets and tasks were not retrieved.',
  },
  {
    key: 'dx-plan-2022',
    title: 'Kế hoạch chuyển đổi số của Bộ VHTTDL năm 2022',
    titleEn: 'Digital Transformation Plan of the Ministry of Culture, Sports and Tourism for 2022',
    periodStart: '2022-01-01',
    periodEnd: '2022-12-31',
    basis: [],
    document: '949/QĐ-BVHTTDL',
    citations: [
      {
        file: S004,
        quote: 'Bộ VHTTDL đã ban hành Quyết định số 949/QĐ-BVHTTDL ban hành Kế hoạch chuyển đổi số của Bộ năm 2022.',
      },
      { file: S004, quote: 'tập trung thúc đẩy chuyển đổi số năm 2022 trong ngành văn hóa, thể thao và du lịch' },
    ],
    ambiguity:
      'The period is DERIVED from "năm 2022". The article gives no legal basis for the plan beyond the tasks set by the Ủy ban Quốc gia về chuyển đổi số for 2022 (no document number). The signing date of 949/QĐ-BVHTTDL is unknown; the plan is first known from the article of 20/05/2022.',
  },
  {
    key: 'dx-strategy-2025-2030',
    title: 'Chiến lược Chuyển đổi số của Bộ VHTTDL giai đoạn 2025-2030',
    titleEn: 'Digital Transformation Strategy of the Ministry of Culture, Sports and Tourism, 2025-2030',
    periodStart: '2025-01-01',
    periodEnd: '2030-12-31',
    basis: ['43/2025/NĐ-CP', '214/NQ-CP', '142/QĐ-TTg', '57-NQ/TW'],
    document: '4220/QĐ-BVHTTDL',
    citations: [
      {
        url: URL_4220,
        quote: '**QĐ 4220/QĐ-BVHTTDL, 05/11/2025**: Chiến lược Chuyển đổi số của Bộ VHTTDL giai đoạn 2025-2030.',
        confidence: 'high',
      },
      {
        url: URL_4220,
        quote:
          "Their preambles cite NĐ **43/2025/NĐ-CP (28/02/2025)** on MCST's functions, NQ 214/NQ-CP (23/07/2025) and QĐ 142/QĐ-TTg (21/02/2024, national data strategy).",
        confidence: 'high',
      },
    ],
    ambiguity:
      'External only. The period is DERIVED from "giai đoạn 2025-2030"; the strategy itself was adopted on 05/11/2025. Its content was not retrieved; only its adoption is recorded.',
  },
  {
    key: 'data-strategy-2025-2030',
    title: 'Chiến lược dữ liệu của Bộ VHTTDL giai đoạn 2025-2030',
    titleEn: 'Data Strategy of the Ministry of Culture, Sports and Tourism, 2025-2030',
    periodStart: '2025-01-01',
    periodEnd: '2030-12-31',
    basis: ['43/2025/NĐ-CP', '214/NQ-CP', '142/QĐ-TTg', '57-NQ/TW'],
    document: '4221/QĐ-BVHTTDL',
    citations: [
      {
        url: URL_4221,
        quote: '**QĐ 4221/QĐ-BVHTTDL, 05/11/2025**: Chiến lược dữ liệu 2025-2030.',
        confidence: 'high',
      },
      {
        url: URL_4221,
        quote:
          "Their preambles cite NĐ **43/2025/NĐ-CP (28/02/2025)** on MCST's functions, NQ 214/NQ-CP (23/07/2025) and QĐ 142/QĐ-TTg (21/02/2024, national data strategy).",
        confidence: 'high',
      },
    ],
    ambiguity:
      'External only. The period is DERIVED from "2025-2030"; the strategy was adopted on 05/11/2025. Its content was not retrieved; only its adoption is recorded.',
  },
];
