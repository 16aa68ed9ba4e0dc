import type { UnitData } from './types.js';

const S000 = '000_aabe5bf2301142d2.txt';
const S001 = '001_81abc726803d8ac4.txt';
const S002 = '002_a80ea4b13fababbc.txt';
const S003 = '003_7baa5b1c424a9b7a.txt';
const S004 = '004_e8b8dd6a551df80a.txt';

const URL_4062 =
  'https://bvhttdl.gov.vn/thanh-lap-ban-chi-dao-xay-dung-va-phat-trien-chinh-phu-dien-tu-cua-bo-vhttdl-625211.htm';
const URL_2590 = 'http://cinet.vn/quan-ly-cinet/thanh-lap-bcd-ung-dung-cong-nghe-thong-tin-bo-vhttdl-331826.html';
const URL_2390 =
  'https://thuviennhadat.vn/vbpl/cong-van-2390-btttt-thh-2020-trien-khai-chuong-trinh-chuyen-doi-so-quoc-gia-den-2025-462252.html';
const URL_4220 =
  'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4220-QD-BVHTTDL-2025-Chien-luoc-Chuyen-doi-so-2025-2030-681329.html';
const URL_TTCDS =
  'https://www.vietnam.vn/en/thanh-lap-ban-soan-thao-xay-dung-de-an-chuyen-doi-so-trong-linh-vuc-van-hoa';

export const units: UnitData[] = [
  // ── Party and Government ────────────────────────────────────────────────────────────────────
  {
    code: 'BCT',
    name: 'Bộ Chính trị',
    nameEn: 'Politburo of the Communist Party of Vietnam',
    kind: 'PARTY',
    citations: [{ file: S003, quote: 'Nghị quyết số 36-NQ/TW của Bộ Chính trị' }],
  },
  {
    code: 'CP',
    name: 'Chính phủ',
    nameEn: 'Government of Vietnam',
    kind: 'GOVERNMENT',
    citations: [{ file: S000, quote: 'theo Nghị định số 76/NĐ-CP ngày 16/7/2013 của Chính phủ' }],
  },
  {
    code: 'TTg',
    name: 'Thủ tướng Chính phủ',
    nameEn: 'Prime Minister',
    kind: 'GOVERNMENT',
    citations: [
      {
        file: S002,
        quote: 'triển khai các nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao tại Quyết định số 1819/QĐ-TTg',
      },
    ],
  },
  {
    code: 'VPCP',
    name: 'Văn phòng Chính phủ',
    nameEn: 'Office of the Government',
    kind: 'MINISTRY',
    citations: [
      { file: S002, quote: 'đại diện Lãnh đạo đơn vị thuộc các cơ quan: Bộ Nội vụ, Văn phòng Chính phủ.' },
      {
        file: S002,
        quote:
          'đã thực hiện kết nối liên thông với Văn phòng Chính phủ tạo thành hệ thống văn bản gửi, nhận thông suốt',
      },
    ],
  },
  {
    code: 'BNV',
    name: 'Bộ Nội vụ',
    nameEn: 'Ministry of Home Affairs',
    kind: 'MINISTRY',
    citations: [{ file: S002, quote: 'đại diện Lãnh đạo đơn vị thuộc các cơ quan: Bộ Nội vụ, Văn phòng Chính phủ.' }],
  },
  {
    code: 'BYT',
    name: 'Bộ Y tế',
    nameEn: 'Ministry of Health',
    kind: 'MINISTRY',
    citations: [
      { file: S002, quote: 'Lãnh đạo Bộ Y tế và báo cáo công tác ứng dụng CNTT của Bộ Văn hóa, Thể thao và Du lịch' },
      { file: S002, quote: 'đại diện Lãnh đạo Bộ Y tế đã có thông tin trao đổi làm rõ' },
    ],
    ambiguity:
      'Seed 002 reports an inspection of the Ministry of Culture, Sports and Tourism, yet twice mentions the leadership of the Ministry of Health (Bộ Y tế) speaking and asking "các đơn vị trong Bộ" to remedy the shortcomings. The inspection team is listed as Bộ TT&TT, Bộ Nội vụ and Văn phòng Chính phủ, so the Bộ Y tế mentions may be an editing slip in the article (text carried over from another inspection report). Recorded as written.',
  },
  {
    code: 'BTTTT',
    name: 'Bộ Thông tin và Truyền thông',
    nameEn: 'Ministry of Information and Communications',
    kind: 'MINISTRY',
    citations: [
      {
        file: S002,
        quote: 'có Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Thành Hưng – Trưởng Ban Điều hành làm Trưởng Đoàn',
      },
    ],
  },
  {
    code: 'THH',
    name: 'Cục Tin học hóa',
    nameEn: 'Authority of Information Technology Application',
    kind: 'MINISTRY_UNIT',
    parent: 'BTTTT',
    citations: [
      {
        file: S002,
        quote: 'Cục Tin học hóa – Cơ quan thường trực Ban Điểu hành đã báo cáo đánh giá công tác ứng dụng CNTT',
      },
      {
        url: URL_2390,
        quote: 'Bộ TT&TT letter 2390/BTTTT-THH (2020) asked each ministry to make its IT unit the focal point for DX.',
        confidence: 'high',
      },
    ],
    ambiguity:
      'Seed 002 names Cục Tin học hóa as the standing body of the Ban Điều hành but does not say whose department it is; the parent Bộ TT&TT is read from the symbol of letter 2390/BTTTT-THH (a letter of Bộ TT&TT drafted by THH). Seed 002 spells "Ban Điểu hành" (sic) in this sentence.',
  },
  {
    code: 'BĐH-UDCNTT',
    name: 'Ban Điều hành triển khai công tác ứng dụng CNTT trong hoạt động của cơ quan nhà nước',
    nameEn: 'Executive Board for IT Application in State Agencies',
    kind: 'COMMITTEE',
    citations: [
      {
        file: S002,
        quote:
          'Đoàn Kiểm tra của Ban Điều hành triển khai công tác ứng dụng CNTT trong hoạt động của cơ quan nhà nước (Ban Điều hành)',
      },
    ],
    ambiguity:
      'The seed abbreviates it only as "Ban Điều hành"; the code BĐH-UDCNTT is the curator\'s. Its head is the Bộ TT&TT Thứ trưởng Nguyễn Thành Hưng, but the seed does not say to which body it belongs, so no parent is recorded.',
  },
  {
    code: 'UBQG-CĐS',
    name: 'Ủy ban Quốc gia về chuyển đổi số',
    nameEn: 'National Committee for Digital Transformation',
    kind: 'COMMITTEE',
    citations: [{ file: S004, quote: 'đã được Ủy ban Quốc gia về chuyển đổi số đề ra' }],
    ambiguity: "The code UBQG-CĐS is the curator's; the seed gives no abbreviation.",
  },
  {
    code: 'UBQG-UDCNTT',
    name: 'Ủy ban quốc gia về Ứng dụng CNTT',
    nameEn: 'National Committee for IT Application',
    kind: 'COMMITTEE',
    citations: [
      {
        url: URL_2590,
        quote: 'The board meets once a year and is the liaison with the "Ủy ban quốc gia về Ứng dụng CNTT".',
        confidence: 'medium',
      },
    ],
    ambiguity: "External mention only; the code UBQG-UDCNTT is the curator's.",
  },
  {
    code: 'VNPOST',
    name: 'Tổng công ty Bưu điện Việt Nam',
    nameEn: 'Vietnam Post Corporation',
    kind: 'EXTERNAL_AGENCY',
    citations: [
      {
        file: S002,
        quote: 'Hệ thống DVC trực tuyến của Bộ đã kết nối với hệ thống thông tin của Tổng công ty Bưu điện Việt Nam',
      },
    ],
  },

  // ── The Ministry of Culture, Sports and Tourism ─────────────────────────────────────────────
  {
    code: 'BVHTTDL',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    nameEn: 'Ministry of Culture, Sports and Tourism',
    kind: 'MINISTRY',
    citations: [
      { file: S003, quote: 'Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đã tổ chức Hội nghị trực truyến' },
      { file: S004, quote: 'Bộ VHTTDL đã ban hành Quyết định số 949/QĐ-BVHTTDL' },
    ],
  },
  {
    code: 'VP',
    name: 'Văn phòng Bộ',
    nameEn: 'Ministry Office',
    kind: 'MINISTRY_UNIT',
    parent: 'BVHTTDL',
    citations: [
      { file: S000, quote: 'Văn phòng Bộ thông báo để các cơ quan, đơn vị liên quan biết và thực hiện./.' },
      { file: S000, quote: 'Lưu: VT, VP, ĐTM.15.' },
      { file: S001, quote: 'Văn phòng Bộ VHTTDL và Trung tâm Công nghệ thông tin chính là hai đơn vị chính chủ trì' },
    ],
  },
  {
    code: 'KHCNMT',
    name: 'Vụ Khoa học, Công nghệ và Môi trường',
    nameEn: 'Department of Science, Technology and Environment',
    kind: 'MINISTRY_UNIT',
    parent: 'BVHTTDL',
    citations: [
      { file: S000, quote: '2.1. Giao Vụ Khoa học, Công nghệ và Môi trường:' },
      { file: S000, quote: 'Vụ TCCB, Vụ KHTC; Vụ KHCNMT;' },
    ],
  },
  {
    code: 'TCCB',
    name: 'Vụ Tổ chức cán bộ',
    nameEn: 'Department of Personnel and Organisation',
    kind: 'MINISTRY_UNIT',
    parent: 'BVHTTDL',
    citations: [
      { file: S000, quote: '2.2. Giao bộ phận cải cách hành chính (Vụ Tổ chức cán bộ):' },
      { file: S000, quote: 'Vụ TCCB, Vụ KHTC; Vụ KHCNMT;' },
    ],
  },
  {
    code: 'KHTC',
    name: 'Vụ Kế hoạch, Tài chính',
    nameEn: 'Department of Planning and Finance',
    kind: 'MINISTRY_UNIT',
    parent: 'BVHTTDL',
    citations: [
      { file: S004, quote: 'Vụ Kế hoạch, Tài chính chủ trì, phối hợp với Trung tâm Công nghệ thông tin' },
      { file: S000, quote: 'Vụ TCCB, Vụ KHTC; Vụ KHCNMT;' },
    ],
  },
  {
    code: 'HTQT',
    name: 'Cục Hợp tác quốc tế',
    nameEn: 'International Cooperation Department',
    kind: 'MINISTRY_UNIT',
    parent: 'BVHTTDL',
    citations: [
      {
        file: S001,
        quote:
          'các cơ quan như Vụ Kế hoạch Tài chính, Vụ Tổ chức cán bộ, Cục Hợp tác Quốc tế cũng tham gia thực hiện kế hoạch này.',
      },
      {
        url: URL_4062,
        quote:
          'Other members are heads of Tổng cục TDTT, Tổng cục Du lịch, Vụ TCCB, Vụ KHTC, Vụ KHCNMT, Văn phòng Bộ, Cục Di sản văn hóa, Cục Hợp tác quốc tế and others.',
        confidence: 'medium',
      },
    ],
  },
  {
    code: 'DSVH',
    name: 'Cục Di sản văn hóa',
    nameEn: 'Department of Cultural Heritage',
    kind: 'MINISTRY_UNIT',
    parent: 'BVHTTDL',
    citations: [
      { file: S003, quote: 'các đại biểu đã nghe đại diện Văn phòng Bộ VHTTDL, Cục Di sản Văn hóa' },
      {
        url: URL_4062,
        quote:
          'Other members are heads of Tổng cục TDTT, Tổng cục Du lịch, Vụ TCCB, Vụ KHTC, Vụ KHCNMT, Văn phòng Bộ, Cục Di sản văn hóa, Cục Hợp tác quốc tế and others.',
        confidence: 'medium',
      },
    ],
  },
  {
    code: 'TVQG',
    name: 'Thư viện Quốc gia',
    nameEn: 'National Library of Vietnam',
    kind: 'MINISTRY_UNIT',
    citations: [{ file: S003, quote: 'Thư viện quốc gia… báo cáo về ứng dụng CNTT tại các đơn vị.' }],
    ambiguity:
      "Seed 003 lists it among the units that reported on IT application at the Ministry's 2014 conference, but no source states that it is under the Ministry, so no parent is recorded. The code TVQG is the curator's.",
  },
  {
    code: 'TCDL',
    name: 'Tổng cục Du lịch',
    nameEn: 'Vietnam National Administration of Tourism',
    kind: 'GENERAL_DEPARTMENT',
    parent: 'BVHTTDL',
    citations: [
      { file: S000, quote: 'hiện tại có 01 Trung tâm thuộc Bộ và 02 Trung tâm trực thuộc 02 Tổng cục' },
      {
        file: S000,
        quote: 'hai Trung tâm thông tin thuộc Tổng cục Thể dục Thể thao và Tổng cục Du lịch',
      },
    ],
  },
  {
    code: 'TCTDTT',
    name: 'Tổng cục Thể dục thể thao',
    nameEn: 'General Department of Physical Training and Sports',
    kind: 'GENERAL_DEPARTMENT',
    parent: 'BVHTTDL',
    citations: [
      { file: S000, quote: 'hiện tại có 01 Trung tâm thuộc Bộ và 02 Trung tâm trực thuộc 02 Tổng cục' },
      {
        file: S000,
        quote: 'hai Trung tâm thông tin thuộc Tổng cục Thể dục Thể thao và Tổng cục Du lịch',
      },
    ],
  },
  {
    code: 'TTCNTT',
    name: 'Trung tâm Công nghệ thông tin',
    nameEn: 'Information Technology Centre',
    kind: 'CENTRE',
    parent: 'BVHTTDL',
    citations: [
      { file: S000, quote: 'Trung tâm Công nghệ thông tin trực thuộc Bộ chưa kết nối với hai Trung tâm thông tin' },
      { file: S000, quote: 'TTCNTT, TTTTDL và TTTTTDTT;' },
      { file: S004, quote: 'Trung tâm Công nghệ thông tin (Cơ quan Thường trực Ban Chỉ đạo)' },
    ],
  },
  {
    code: 'TTTTDL',
    name: 'Trung tâm Thông tin Du lịch',
    nameEn: 'Tourism Information Centre',
    kind: 'CENTRE',
    parent: 'TCDL',
    citations: [
      {
        file: S000,
        quote: 'Trung tâm Công nghệ Thông tin, Trung tâm Thông tin Du lịch và Trung tâm Thông tin Thể dục thể thao',
      },
      { file: S000, quote: 'hai Trung tâm thông tin thuộc Tổng cục Thể dục Thể thao và Tổng cục Du lịch' },
      { file: S000, quote: 'TTCNTT, TTTTDL và TTTTTDTT;' },
      { file: S003, quote: 'Trung tâm CNTT Thể thao, Trung tâm CNTT Du lịch' },
    ],
    ambiguity:
      'Seed 003 (2014) calls a "Trung tâm CNTT Du lịch"; it is taken to be this centre, but the seed does not say so. Its parent Tổng cục Du lịch is read from seed 000, which places the two information centres under the two Tổng cục.',
  },
  {
    code: 'TTTTTDTT',
    name: 'Trung tâm Thông tin Thể dục thể thao',
    nameEn: 'Sports Information Centre',
    kind: 'CENTRE',
    parent: 'TCTDTT',
    citations: [
      {
        file: S000,
        quote: 'Trung tâm Công nghệ Thông tin, Trung tâm Thông tin Du lịch và Trung tâm Thông tin Thể dục thể thao',
      },
      { file: S000, quote: 'hai Trung tâm thông tin thuộc Tổng cục Thể dục Thể thao và Tổng cục Du lịch' },
      { file: S000, quote: 'TTCNTT, TTTTDL và TTTTTDTT;' },
      { file: S003, quote: 'Trung tâm CNTT Thể thao, Trung tâm CNTT Du lịch' },
    ],
    ambiguity:
      'Seed 003 (2014) calls a "Trung tâm CNTT Thể thao"; it is taken to be this centre, but the seed does not say so. Its parent Tổng cục Thể dục thể thao is read from seed 000, which places the two information centres under the two Tổng cục.',
  },
  {
    code: 'TTCĐS',
    name: 'Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch',
    nameEn: 'Centre for Digital Transformation of Culture, Sports and Tourism',
    kind: 'CENTRE',
    citations: [
      {
        url: URL_TTCDS,
        quote:
          'A "**Center for Digital Transformation of Culture, Sports and Tourism**" (Trung tâm Chuyển đổi số VHTTDL) existed by 2025.',
        confidence: 'low',
      },
      {
        url: URL_4220,
        quote:
          'Both were signed by Thứ trưởng **Phan Tâm** (KT. Bộ trưởng) on the proposal of the Chánh Văn phòng Bộ and the **Giám đốc Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch**.',
        confidence: 'high',
      },
    ],
    ambiguity:
      'External sources only. The centre existed by 2025, but no source confirms that it is the renamed Trung tâm Công nghệ thông tin (TTCNTT); the two are kept as separate units and the link is left open. No source states its parent body, so none is recorded (its director proposed Ministry decisions 4220 and 4221).',
  },

  // ── Steering committees of the Ministry ─────────────────────────────────────────────────────
  {
    code: 'BCĐ-UDCNTT',
    name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin Bộ VHTTDL',
    nameEn: 'Steering Committee for IT Application of the Ministry of Culture, Sports and Tourism',
    kind: 'COMMITTEE',
    parent: 'BVHTTDL',
    citations: [
      {
        url: URL_2590,
        quote: 'set up the **Ban Chỉ đạo ứng dụng công nghệ thông tin Bộ VHTTDL**',
        confidence: 'medium',
      },
    ],
    ambiguity: "External source only; the code BCĐ-UDCNTT is the curator's.",
  },
  {
    code: 'BCĐ-CPĐT',
    name: 'Ban Chỉ đạo xây dựng và phát triển Chính phủ điện tử của Bộ VHTTDL',
    nameEn: 'Steering Committee for e-Government Development of the Ministry of Culture, Sports and Tourism',
    kind: 'COMMITTEE',
    parent: 'BVHTTDL',
    citations: [
      {
        url: URL_4062,
        quote: 'set up the **Ban Chỉ đạo xây dựng và phát triển Chính phủ điện tử của Bộ VHTTDL**',
        confidence: 'medium',
      },
    ],
    ambiguity: "External source only; the code BCĐ-CPĐT is the curator's.",
  },
  {
    code: 'BCĐ-CĐS',
    name: 'Ban Chỉ đạo Chuyển đổi số của Bộ VHTTDL',
    nameEn: 'Digital Transformation Steering Committee of the Ministry of Culture, Sports and Tourism',
    kind: 'COMMITTEE',
    parent: 'BVHTTDL',
    citations: [
      { file: S004, quote: 'Bộ VHTTDL giao Ban Chỉ đạo Chuyển đổi số của Bộ VHTTDL chỉ đạo các đơn vị thuộc Bộ' },
    ],
    ambiguity:
      'The decision that established this committee was not found (external-facts.md, section 4); whether it succeeded the earlier IT-application and e-Government steering committees is not stated.',
  },
];
