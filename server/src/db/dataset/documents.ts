import type { DocumentData } from './types.js';

const S000 = '000_aabe5bf2301142d2.txt';
const S001 = '001_81abc726803d8ac4.txt';
const S002 = '002_a80ea4b13fababbc.txt';
const S003 = '003_7baa5b1c424a9b7a.txt';
const S004 = '004_e8b8dd6a551df80a.txt';
/** The curated list of public facts; cited as a file only where it records a fact without an address. */
const EXTERNAL_FACTS = 'external-facts.md';

const URL_NQ17 =
  'https://luatvietnam.vn/thong-tin/nghi-quyet-17-nq-cp-2019-nhiem-vu-giai-phap-phat-trien-chinh-phu-dien-tu-171174-d1.html';
const URL_QD3611 =
  'https://thuvienphapluat.vn/bulletin/document.aspx?bid=f2bc079d-b9b9-444d-b16b-60a0851d066e&key=S%2BLMzm7n4fC3k1EXEFfLPA%3D%3D';
const URL_ND76 =
  'https://luatminhkhue.vn/en/decree-no-76-2013-nd-cp-of-july-16--2013--defining-the-functions--tasks--powers-and-organizational-structure-of-the-ministry-of-culture--sports-and-tourism.aspx';
const URL_ND43_2011 = 'https://thukyluat.vn/1E9E0/nghi-dinh-43-2011-nd-cp/tag.html';
const URL_QD45 =
  'https://lenguyenlawfirm.com/quy-trinh-nop-ho-so-va-nhan-ket-qua-giai-quyet-thu-tuc-hanh-chinh-qua-buu-dien/';
const URL_NQ36A =
  'http://giaoduc.net.vn/Xa-hoi/Day-manh-ung-dung-Cong-nghe-thong-tin-tai-cac-co-quan-nha-nuoc-post177641.gd';
const URL_CV5866 =
  'https://luatminhkhue.vn/cong-van-5866-vpcp-kgvx-cua-van-phong-chinh-phu-ve-viec-trien-khai-nghi-quyet-36-nq-tw-cua-bo-chinh-tri.aspx';
const URL_NQ36TW =
  'http://dic.gov.vn/vi/news/chuyen-doi-so/Bo-truong-Nguyen-Bac-Son-tra-loi-phong-van-ve-Nghi-quyet-36-NQ-TW-2166.html';
const URL_QD274 =
  'https://dulieuphaply.vn/vbpl/quyet-dinh-274-qd-ttg-nam-2019-ve-phe-duyet-de-an-cong-dich-vu-cong-quoc-gia-do-thu-tuong-chinh-phu-ban-hanh';
const URL_2590 = 'http://cinet.vn/quan-ly-cinet/thanh-lap-bcd-ung-dung-cong-nghe-thong-tin-bo-vhttdl-331826.html';
const URL_4062 =
  'https://bvhttdl.gov.vn/thanh-lap-ban-chi-dao-xay-dung-va-phat-trien-chinh-phu-dien-tu-cua-bo-vhttdl-625211.htm';
const URL_2390 =
  'https://thuviennhadat.vn/vbpl/cong-van-2390-btttt-thh-2020-trien-khai-chuong-trinh-chuyen-doi-so-quoc-gia-den-2025-462252.html';
const URL_4220 =
  'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4220-QD-BVHTTDL-2025-Chien-luoc-Chuyen-doi-so-2025-2030-681329.html';
const URL_4221 =
  'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4221-QD-BVHTTDL-2025-Chien-luoc-du-lieu-giai-doan-2025-2030-681327.html';
const URL_1605 = 'http://ehealth.gov.vn/Index.aspx?action=Detail&MenuChildID=389&Id=4177';

const NOT_IN_SOURCE = 'The sources do not give its subject, so the title names only the act.';

export const documents: DocumentData[] = [
  // Ordered by date of issue; documents with an unknown date sit near their known context.
  {
    number: '64/2007/NĐ-CP',
    kind: 'NGHI_DINH',
    issuer: 'CP',
    issuedOn: '2007-04-10',
    title: 'Nghị định số 64/2007/NĐ-CP của Chính phủ',
    titleEn: 'Government Decree 64/2007/NĐ-CP',
    citations: [{ url: URL_QD3611, quote: 'Its preamble cites: NĐ 64/2007/NĐ-CP (10/4/2007);', confidence: 'medium' }],
    ambiguity: 'External only (cited in the preamble of 3611/QĐ-BVHTTDL). ' + NOT_IN_SOURCE,
  },
  {
    number: '43/2011/NĐ-CP',
    kind: 'NGHI_DINH',
    issuer: 'CP',
    issuedOn: '2011-06-13',
    title:
      'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    titleEn: 'On the provision of information and online public services on the websites or portals of state agencies',
    citations: [
      { file: S002, quote: 'Cổng Thông tin có nội dung phù hợp quy định tại Nghị định số 43/2011/NĐ-CP.' },
      { url: URL_ND43_2011, quote: 'Dated **13/06/2011**, signed by Nguyễn Tấn Dũng.', confidence: 'high' },
      {
        url: URL_ND43_2011,
        quote: "Subject: provision of information and online public services on state agencies' websites/portals.",
        confidence: 'high',
      },
    ],
    ambiguity:
      'Seed 002 gives no date; the date and subject are external. The Vietnamese title is rendered from the English subject.',
  },
  {
    number: '76/NĐ-CP',
    kind: 'NGHI_DINH',
    issuer: 'CP',
    issuedOn: '2013-07-16',
    title: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch',
    titleEn:
      'Defining the functions, tasks, powers and organisational structure of the Ministry of Culture, Sports and Tourism',
    citations: [
      { file: S000, quote: 'theo Nghị định số 76/NĐ-CP ngày 16/7/2013 của Chính phủ' },
      {
        url: URL_ND76,
        quote:
          'defining the functions, tasks, powers and organizational structure of the Ministry of Culture, Sports and Tourism',
        confidence: 'high',
      },
      { url: URL_ND76, quote: "This confirms the seed's 76/NĐ-CP = 76/2013/NĐ-CP.", confidence: 'high' },
    ],
    ambiguity:
      'The number is kept as seed 000 writes it ("76/NĐ-CP", without the year); its full symbol is 76/2013/NĐ-CP (external, high confidence). The subject is external; the Vietnamese title is rendered from the English one.',
  },
  {
    number: '458/TB-VP',
    kind: 'THONG_BAO',
    issuer: 'VP',
    issuedOn: '2013-11-01',
    title:
      'Kết luận của Thứ trưởng Đặng Thị Bích Liên tại cuộc họp về việc thực hiện nhiệm vụ công nghệ thông tin của Bộ Văn hóa, Thể thao và Du lịch',
    titleEn:
      'Conclusions of Deputy Minister Đặng Thị Bích Liên at the meeting on carrying out the IT tasks of the Ministry of Culture, Sports and Tourism',
    cites: ['76/NĐ-CP'],
    citations: [
      {
        file: S000,
        quote:
          'Thông báo Số: 458/TB-VP ngày 01 tháng 11 năm 2013 Kết luận của Thứ trưởng Đặng Thị Bích Liên tại cuộc họp về việc thực hiện nhiệm vụ công nghệ thông tin của Bộ Văn hóa, Thể thao và Du lịch',
      },
      { file: S000, quote: 'Văn phòng Bộ thông báo để các cơ quan, đơn vị liên quan biết và thực hiện./.' },
    ],
  },
  {
    number: '36-NQ/TW',
    kind: 'NGHI_QUYET',
    issuer: 'BCT',
    issuedOn: '2014-07-01',
    title:
      'Về đẩy mạnh ứng dụng, phát triển công nghệ thông tin đáp ứng yêu cầu phát triển bền vững và hội nhập quốc tế',
    titleEn:
      'On stepping up the application and development of information technology to meet the requirements of sustainable development and international integration',
    citations: [
      { file: S003, quote: 'Nghị quyết số 36-NQ/TW của Bộ Chính trị' },
      { file: S003, quote: '36 – NQ/TW ngày 1/7/2014 của Bộ Chính trị' },
      {
        url: URL_NQ36TW,
        quote:
          'Confirmed **01/7/2014**, "về đẩy mạnh ứng dụng, phát triển công nghệ thông tin đáp ứng yêu cầu phát triển bền vững và hội nhập quốc tế".',
        confidence: 'high',
      },
    ],
  },
  {
    number: '47/NQ-CP',
    kind: 'NGHI_QUYET',
    issuer: 'CP',
    issuedOn: null,
    title: 'Nghị quyết của Chính phủ về ứng dụng công nghệ thông tin',
    titleEn: 'Government resolution on the application of information technology',
    citations: [
      { file: S003, quote: 'Nghị quyết số 47/NQ-CP của Chính phủ về ứng dụng công nghệ thông tin' },
      {
        url: URL_CV5866,
        quote: "Public record shows the Government's action programme for 36-NQ/TW was **NQ 26/NQ-CP of 15/4/2015**.",
        confidence: 'low',
      },
    ],
    ambiguity:
      "Unverified. Seed 003 (2014) names a \"Nghị quyết số 47/NQ-CP của Chính phủ về ứng dụng công nghệ thông tin\" without a date; no public record of it was found. The Government's action programme for 36-NQ/TW is publicly 26/NQ-CP of 15/4/2015, so the seed's number may be wrong; its date is left null and its title is the seed's description.",
  },
  {
    number: '5866/VPCP-KGVX',
    kind: 'CONG_VAN',
    issuer: 'VPCP',
    issuedOn: '2014-08-04',
    title: 'Về việc triển khai Nghị quyết 36-NQ/TW của Bộ Chính trị',
    titleEn: 'On implementing Resolution 36-NQ/TW of the Politburo',
    cites: ['36-NQ/TW'],
    citations: [
      {
        url: URL_CV5866,
        quote:
          'On 04/8/2014, VPCP letter 5866/VPCP-KGVX asked the Bộ TT&TT to draft that programme for submission in September 2014.',
        confidence: 'medium',
      },
    ],
    ambiguity: 'External only; the title is taken from the address of the page that carries it.',
  },
  {
    number: '26/NQ-CP',
    kind: 'NGHI_QUYET',
    issuer: 'CP',
    issuedOn: '2015-04-15',
    title: 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị',
    titleEn: "The Government's action programme implementing Resolution 36-NQ/TW of the Politburo",
    implements: ['36-NQ/TW'],
    citations: [
      {
        url: URL_NQ17,
        quote: "Its preamble cites NQ 26/NQ-CP of 15/4/2015, the Government's action programme for 36-NQ/TW.",
        confidence: 'high',
      },
    ],
    ambiguity: 'External only; the title is rendered from the English description.',
  },
  {
    number: '1605/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: null,
    title: 'Chương trình quốc gia về ứng dụng CNTT trong hoạt động của cơ quan nhà nước giai đoạn 2011-2015',
    titleEn: 'National programme on IT application in the operations of state agencies, 2011-2015',
    citations: [
      {
        url: URL_1605,
        quote:
          'Predecessor programme: QĐ **1605/QĐ-TTg**, Chương trình quốc gia về ứng dụng CNTT trong hoạt động của cơ quan nhà nước giai đoạn 2011-2015.',
        confidence: 'low',
      },
    ],
    ambiguity: 'External only (low confidence); its date is not in the excerpt.',
  },
  {
    number: '1819/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: null,
    title: 'Phê duyệt Chương trình quốc gia về ứng dụng CNTT trong hoạt động của cơ quan nhà nước giai đoạn 2016-2020',
    titleEn: 'Approving the National programme on IT application in the operations of state agencies, 2016-2020',
    citations: [
      {
        file: S002,
        quote:
          'Quyết định số 1819/QĐ-TTg ngày 26/5/2015 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về ứng dụng CNTT trong hoạt động của cơ quan nhà nước giai đoạn 2016-2020',
      },
      {
        file: EXTERNAL_FACTS,
        quote:
          'A public document lists "Quyết định số 1819/QĐ-TTg ngày **26/10/2015** của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về ứng dụng CNTT … giai đoạn 2016-2020".',
      },
    ],
    ambiguity:
      "Conflicting dates: seed 002 says 26/5/2015; a public document (one secondary source whose address was not recorded, so it is cited from external-facts.md itself) says 26/10/2015 and the seed's date is probably an error. Neither is confirmed against the official gazette, so the date is left null. The programme's targets were not retrieved.",
  },
  {
    number: '36a/NQ-CP',
    kind: 'NGHI_QUYET',
    issuer: 'CP',
    issuedOn: '2015-10-14',
    title: 'Về Chính phủ điện tử',
    titleEn: 'On e-Government',
    citations: [
      { file: S002, quote: 'Quyết định số 1819/QĐ-TTg, Nghị quyết 36a/NQ-CP' },
      {
        url: URL_NQ36A,
        quote: 'Nghị quyết số 36a/NQ-CP ngày **14/10/2015** của Chính phủ về Chính phủ điện tử',
        confidence: 'medium',
      },
    ],
    ambiguity: 'Seed 002 gives no date; the date is from one news article (medium confidence).',
  },
  {
    number: '45/2016/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: '2016-10-19',
    title: 'Quy định về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích',
    titleEn:
      'On receiving dossiers and returning the results of administrative procedures via the public postal service',
    citations: [
      {
        file: S002,
        quote: 'qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ',
      },
      { url: URL_QD45, quote: 'Dated **19/10/2016**, effective **16/12/2016**.', confidence: 'high' },
      {
        url: URL_QD45,
        quote:
          'Subject: receiving dossiers and returning administrative-procedure results via the public postal service (4 chapters, 21 articles).',
        confidence: 'high',
      },
    ],
    ambiguity:
      'Seed 002 gives no date; the date (effective 16/12/2016) is external. The Vietnamese title is rendered from the subject.',
  },
  {
    number: '846/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: null,
    title: 'Quyết định số 846/QĐ-TTg của Thủ tướng Chính phủ',
    titleEn: 'Decision 846/QĐ-TTg of the Prime Minister',
    citations: [{ file: S002, quote: 'Nghị định số 43/2011/NĐ-CP, Quyết định số 846/QĐ-TTg' }],
    ambiguity:
      'Seed 002 lists it among the acts the Ministry implements, with no date or subject; no public record was found (external-facts.md, section 1), so date and subject are unknown.',
  },
  {
    number: '1726/QĐ-BVHTTDL',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: '2016-05-16',
    title: 'Quyết định về Ban Chỉ đạo ứng dụng công nghệ thông tin Bộ VHTTDL',
    titleEn: 'Decision on the IT-application Steering Committee of the Ministry',
    citations: [{ url: URL_2590, quote: 'It replaced **QĐ 1726/QĐ-BVHTTDL of 16/5/2016**.', confidence: 'medium' }],
    ambiguity:
      "External only. Known only as the decision on the Ministry's IT-application steering committee that 2590/QĐ-BVHTTDL replaced; its exact title was not seen.",
  },
  {
    number: '2590/QĐ-BVHTTDL',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: '2016-07-20',
    title: 'Thành lập Ban Chỉ đạo ứng dụng công nghệ thông tin Bộ VHTTDL',
    titleEn: 'Establishing the IT-application Steering Committee of the Ministry of Culture, Sports and Tourism',
    citations: [
      {
        url: URL_2590,
        quote: '**QĐ 2590/QĐ-BVHTTDL** (dated "20/7"; effective **20/7/2016**) set up the',
        confidence: 'medium',
      },
      {
        url: URL_2590,
        quote: 'set up the **Ban Chỉ đạo ứng dụng công nghệ thông tin Bộ VHTTDL**',
        confidence: 'medium',
      },
    ],
    ambiguity:
      'External only. The excerpt dates it "20/7" without a year; the year 2016 comes from its effective date 20/7/2016. It replaced 1726/QĐ-BVHTTDL of 16/5/2016.',
  },
  {
    number: '79/2017/NĐ-CP',
    kind: 'NGHI_DINH',
    issuer: 'CP',
    issuedOn: '2017-07-17',
    title: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch',
    titleEn:
      'Defining the functions, tasks, powers and organisational structure of the Ministry of Culture, Sports and Tourism',
    citations: [
      {
        url: URL_QD3611,
        quote:
          "**NĐ 79/2017/NĐ-CP (17/7/2017)**, which sets MCST's functions and replaced 76/2013 as the organisation decree",
        confidence: 'medium',
      },
    ],
    ambiguity:
      'External only (cited in the preamble of 3611/QĐ-BVHTTDL); the title is rendered from "sets MCST\'s functions".',
  },
  {
    number: '4062',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: null,
    title: 'Thành lập Ban Chỉ đạo xây dựng và phát triển Chính phủ điện tử của Bộ VHTTDL',
    titleEn: 'Establishing the e-Government Steering Committee of the Ministry of Culture, Sports and Tourism',
    citations: [
      {
        url: URL_4062,
        quote:
          '**Quyết định số 4062** set up the **Ban Chỉ đạo xây dựng và phát triển Chính phủ điện tử của Bộ VHTTDL**.',
        confidence: 'medium',
      },
      {
        url: URL_4062,
        quote: 'The article is dated 22/11/2018; the full document symbol and signing date are not in the excerpt.',
        confidence: 'medium',
      },
    ],
    ambiguity:
      'External only. The number is kept as given ("4062"): the full symbol and the signing date are unknown; the article reporting it is dated 22/11/2018, which is not used as the decision date. The issuer (the Ministry) is inferred from the committee being the Ministry\'s, chaired by the Minister.',
  },
  {
    number: '17/NQ-CP',
    kind: 'NGHI_QUYET',
    issuer: 'CP',
    issuedOn: '2019-03-07',
    title:
      'Về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019-2020, định hướng đến 2025',
    titleEn: 'On key tasks and solutions for developing e-Government in 2019-2020, with orientation to 2025',
    cites: ['26/NQ-CP'],
    citations: [
      {
        file: S001,
        quote:
          'Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019-2020, định hướng đến 2025',
      },
      { url: URL_NQ17, quote: 'Confirmed: "Số: 17/NQ-CP … Hà Nội, ngày 07 tháng 03 năm 2019"', confidence: 'high' },
      {
        url: URL_NQ17,
        quote: "Its preamble cites NQ 26/NQ-CP of 15/4/2015, the Government's action programme for 36-NQ/TW.",
        confidence: 'high',
      },
      {
        url: URL_QD3611,
        quote: '⚠ The same preamble also cites "Nghị quyết số 17/NQ-CP ngày **09 tháng 3 năm 2020**"',
        confidence: 'medium',
      },
    ],
    ambiguity:
      "The preamble of 3611/QĐ-BVHTTDL cites this resolution as dated 09/3/2020, which conflicts with 07/3/2019. The seed's date 07/3/2019 is kept because the resolution's own header, seen by two or more sources, confirms it (high confidence); the 2020 date is probably a typo in 3611.",
  },
  {
    number: '274/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: '2019-03-12',
    title: 'Phê duyệt Đề án Cổng Dịch vụ công quốc gia',
    titleEn: 'Approving the National Public Service Portal scheme',
    citations: [
      {
        url: URL_QD274,
        quote:
          '**Quyết định 274/QĐ-TTg, 12/03/2019**, approving the Đề án Cổng Dịch vụ công quốc gia (National Public Service Portal scheme).',
        confidence: 'high',
      },
    ],
  },
  {
    number: '1224/QĐ-BVHTTDL',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: '2019-03-29',
    title: 'Ban hành Kế hoạch thực hiện Nghị quyết số 17/NQ-CP ngày 07 tháng 3 năm 2019',
    titleEn: 'Issuing the Plan implementing Resolution 17/NQ-CP of 7 March 2019',
    implements: ['17/NQ-CP'],
    citations: [
      { file: S001, quote: 'ngày 29/3/2019, Bộ VHTTDL đã ban hành Kế hoạch thực hiện Nghị quyết này.' },
      {
        url: URL_QD3611,
        quote:
          'Quyết định số **1224/QĐ-BVHTTDL** ngày 29 tháng 3 năm 2019 của Bộ trưởng Bộ VHTTDL ban hành Kế hoạch thực hiện Nghị quyết số 17/NQ-CP ngày 07 tháng 3 năm 2019',
        confidence: 'medium',
      },
    ],
    ambiguity:
      "Seed 001 gives the plan's date (29/3/2019) but not its number; the number 1224/QĐ-BVHTTDL comes from the preamble of 3611/QĐ-BVHTTDL (medium–high confidence), whose date matches the seed.",
  },
  {
    number: '749/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: '2020-06-03',
    title: 'Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
    titleEn: 'Approving the National Digital Transformation Programme to 2025, with orientation to 2030',
    citations: [
      {
        url: URL_2390,
        quote:
          '**QĐ 749/QĐ-TTg, 03/6/2020**: Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.',
        confidence: 'high',
      },
    ],
  },
  {
    number: '942/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: '2020-06-15',
    title:
      'Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030',
    titleEn: 'Strategy for developing e-Government towards digital Government, 2021-2025, with orientation to 2030',
    citations: [
      {
        url: URL_QD3611,
        quote: 'QĐ 942/QĐ-TTg (15/6/2020, e-Gov-to-digital-Gov strategy 2021-2025)',
        confidence: 'medium',
      },
    ],
    ambiguity:
      'External only (cited in the preamble of 3611/QĐ-BVHTTDL); the Vietnamese title is rendered from the English description.',
  },
  {
    number: '2390/BTTTT-THH',
    kind: 'CONG_VAN',
    issuer: 'BTTTT',
    issuedOn: null,
    title: 'Triển khai Chương trình chuyển đổi số quốc gia đến năm 2025',
    titleEn: 'Implementing the National Digital Transformation Programme to 2025',
    citations: [
      {
        url: URL_2390,
        quote: 'Bộ TT&TT letter 2390/BTTTT-THH (2020) asked each ministry to make its IT unit the focal point for DX.',
        confidence: 'high',
      },
    ],
    ambiguity:
      'External only. Only the year (2020) is known, not the day, so the date is null; the title is taken from the address of the page that carries it.',
  },
  {
    number: '3611/QĐ-BVHTTDL',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: '2021-12-31',
    title: 'Phê duyệt Chương trình chuyển đổi số của Bộ VHTTDL đến năm 2025, định hướng đến năm 2030',
    titleEn:
      'Approving the Digital Transformation Programme of the Ministry of Culture, Sports and Tourism to 2025, with orientation to 2030',
    cites: ['64/2007/NĐ-CP', '79/2017/NĐ-CP', '749/QĐ-TTg', '942/QĐ-TTg', '1224/QĐ-BVHTTDL', '17/NQ-CP'],
    citations: [
      {
        url: URL_QD3611,
        quote:
          '**QĐ 3611/QĐ-BVHTTDL, 31/12/2021**, approved the **Chương trình chuyển đổi số của Bộ VHTTDL đến năm 2025, định hướng đến năm 2030**.',
        confidence: 'medium',
      },
      {
        url: URL_QD3611,
        quote: 'Its preamble cites: NĐ 64/2007/NĐ-CP (10/4/2007);',
        confidence: 'medium',
      },
      {
        url: URL_QD3611,
        quote: 'and QĐ 1224/QĐ-BVHTTDL (29/3/2019)',
        confidence: 'medium',
      },
    ],
    ambiguity:
      "External only (header seen, medium–high confidence). Its preamble cites 17/NQ-CP as dated 09/3/2020, which conflicts with 07/3/2019 (probably a typo). The programme's targets were not retrieved.",
  },
  {
    number: '949/QĐ-BVHTTDL',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: null,
    title: 'Ban hành Kế hoạch chuyển đổi số của Bộ năm 2022',
    titleEn: "Issuing the Ministry's Digital Transformation Plan for 2022",
    citations: [
      {
        file: S004,
        quote: 'Bộ VHTTDL đã ban hành Quyết định số 949/QĐ-BVHTTDL ban hành Kế hoạch chuyển đổi số của Bộ năm 2022.',
      },
      { file: S004, quote: '20/05/2022 | 20:44' },
    ],
    ambiguity:
      'The signing date is unknown: seed 004 is an article of 20/05/2022 saying the decision had been issued, and no public source gives its date, so the date is null (20/05/2022 is only the latest possible date, not the decision date). Its signer is also unknown.',
  },
  {
    number: '142/QĐ-TTg',
    kind: 'QUYET_DINH',
    issuer: 'TTg',
    issuedOn: '2024-02-21',
    title: 'Phê duyệt Chiến lược dữ liệu quốc gia',
    titleEn: 'Approving the National Data Strategy',
    citations: [{ url: URL_4220, quote: 'QĐ 142/QĐ-TTg (21/02/2024, national data strategy)', confidence: 'high' }],
    ambiguity:
      'External only (cited in the preambles of 4220 and 4221/QĐ-BVHTTDL); the title is rendered from "national data strategy".',
  },
  {
    number: '57-NQ/TW',
    kind: 'NGHI_QUYET',
    issuedOn: null,
    title: 'Nghị quyết số 57-NQ/TW',
    titleEn: 'Resolution 57-NQ/TW',
    citations: [
      {
        url: URL_4220,
        quote: 'They also cite NQ 57-NQ/TW "ngày 22 tháng 12 năm …"; the year is cut off in the excerpt.',
        confidence: 'high',
      },
    ],
    ambiguity:
      'External only. Dated 22 December of a year cut off in the excerpt, so the date is null; its issuing body and subject are not given. ' +
      NOT_IN_SOURCE,
  },
  {
    number: '43/2025/NĐ-CP',
    kind: 'NGHI_DINH',
    issuer: 'CP',
    issuedOn: '2025-02-28',
    title: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch',
    titleEn:
      'Defining the functions, tasks, powers and organisational structure of the Ministry of Culture, Sports and Tourism',
    citations: [
      {
        url: URL_4220,
        quote: "Their preambles cite NĐ **43/2025/NĐ-CP (28/02/2025)** on MCST's functions",
        confidence: 'high',
      },
    ],
    ambiguity: 'External only; the title is rendered from "on MCST\'s functions".',
  },
  {
    number: '214/NQ-CP',
    kind: 'NGHI_QUYET',
    issuer: 'CP',
    issuedOn: '2025-07-23',
    title: 'Nghị quyết số 214/NQ-CP của Chính phủ',
    titleEn: 'Government Resolution 214/NQ-CP',
    citations: [{ url: URL_4220, quote: 'NQ 214/NQ-CP (23/07/2025)', confidence: 'high' }],
    ambiguity: 'External only (cited in the preambles of 4220 and 4221/QĐ-BVHTTDL). ' + NOT_IN_SOURCE,
  },
  {
    number: '4220/QĐ-BVHTTDL',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: '2025-11-05',
    title: 'Chiến lược Chuyển đổi số của Bộ VHTTDL giai đoạn 2025-2030',
    titleEn: 'Digital Transformation Strategy of the Ministry of Culture, Sports and Tourism, 2025-2030',
    cites: ['43/2025/NĐ-CP', '214/NQ-CP', '142/QĐ-TTg', '57-NQ/TW'],
    citations: [
      {
        url: URL_4220,
        quote: '**QĐ 4220/QĐ-BVHTTDL, 05/11/2025**: Chiến lược Chuyển đổi số của Bộ VHTTDL giai đoạn 2025-2030.',
        confidence: 'high',
      },
      { url: URL_4220, quote: 'Both were signed by Thứ trưởng **Phan Tâm** (KT. Bộ trưởng)', confidence: 'high' },
    ],
  },
  {
    number: '4221/QĐ-BVHTTDL',
    kind: 'QUYET_DINH',
    issuer: 'BVHTTDL',
    issuedOn: '2025-11-05',
    title: 'Chiến lược dữ liệu giai đoạn 2025-2030',
    titleEn: 'Data Strategy, 2025-2030',
    cites: ['43/2025/NĐ-CP', '214/NQ-CP', '142/QĐ-TTg', '57-NQ/TW'],
    citations: [
      {
        url: URL_4221,
        quote: '**QĐ 4221/QĐ-BVHTTDL, 05/11/2025**: Chiến lược dữ liệu 2025-2030.',
        confidence: 'high',
      },
      { url: URL_4221, quote: 'Both were signed by Thứ trưởng **Phan Tâm** (KT. Bộ trưởng)', confidence: 'high' },
    ],
  },
];
