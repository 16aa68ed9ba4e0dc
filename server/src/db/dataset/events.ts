import type { EventData } from './types.js';

const S000 = '000_aabe5bf2301142d2.txt';
const S001 = '001_81abc726803d8ac4.txt';
const S002 = '002_a80ea4b13fababbc.txt';
const S003 = '003_7baa5b1c424a9b7a.txt';
const S004 = '004_e8b8dd6a551df80a.txt';

const URL_4062 =
  'https://bvhttdl.gov.vn/thanh-lap-ban-chi-dao-xay-dung-va-phat-trien-chinh-phu-dien-tu-cua-bo-vhttdl-625211.htm';
const URL_HERITAGE =
  'http://123.30.183.163/giai-phap-day-manh-chuyen-doi-so-trong-phat-trien-van-hoa-o-thu-do-ha-noi-hien-nay.htm';

export const events: EventData[] = [
  {
    key: 'meeting-2013-10-29-it-tasks',
    date: '2013-10-29',
    kind: 'MEETING',
    title:
      'Buổi làm việc về tình hình thực hiện nhiệm vụ công nghệ thông tin của Bộ với 03 Trung tâm về công nghệ thông tin',
    titleEn: "Working meeting with the Ministry's three IT centres on the progress of the Ministry's IT tasks",
    chair: 'dang-thi-bich-lien',
    participants: ['TTCNTT', 'TTTTDL', 'TTTTTDTT', 'KHCNMT', 'TCCB', 'VP'],
    places: ['Bộ Văn hóa, Thể thao và Du lịch'],
    conclusion:
      'Thứ trưởng ghi nhận Vụ KHCNMT đã rà soát, củng cố công tác CNTT; chỉ ra bốn nhiệm vụ chậm tiến độ đến tháng 9/2013; giao nhiệm vụ cho Vụ KHCNMT, Vụ TCCB, Trung tâm CNTT, Trung tâm Thông tin Du lịch và Trung tâm Thông tin Thể dục thể thao (Thông báo 458/TB-VP ngày 01/11/2013).',
    citations: [
      {
        file: S000,
        quote:
          'Ngày 29 tháng 10 năm 2013, tại Bộ Văn hóa, Thể thao và Du lịch, Thứ trưởng Đặng Thị Bích Liên đã chủ trì buổi làm việc với 03 Trung tâm về công nghệ thông tin của Bộ',
      },
      {
        file: S000,
        quote:
          'Cùng dự buổi làm việc có đại diện Lãnh đạo Vụ Khoa học, Công nghệ và Môi trường, Vụ Tổ chức cán bộ và Văn phòng Bộ.',
      },
      {
        file: S000,
        quote: '2. Để tập trung và hoàn thành tốt nhiệm vụ, các đơn vị cần triển khai thực hiện các nhiệm vụ sau:',
      },
    ],
  },
  {
    key: 'conference-2014-09-18-nq36',
    date: '2014-09-18',
    kind: 'CONFERENCE',
    title:
      'Hội nghị trực tuyến triển khai Nghị quyết số 36-NQ/TW và Nghị quyết số 47/NQ-CP về ứng dụng công nghệ thông tin',
    titleEn:
      'Online conference on implementing Resolutions 36-NQ/TW and 47/NQ-CP on the application of information technology',
    chair: 'dang-thi-bich-lien',
    participants: ['BVHTTDL', 'VP', 'DSVH', 'TTTTTDTT', 'TTTTDL', 'TVQG'],
    places: ['Hà Nội', 'Đà Nẵng', 'TP. Hồ Chí Minh'],
    conclusion:
      'Phổ biến chủ trương của Bộ Chính trị và hướng dẫn triển khai bằng kế hoạch ứng dụng và phát triển CNTT của Bộ đến hết năm 2014, trong năm 2015 và kế hoạch trung hạn 2016 – 2020; đưa ra các nhóm giải pháp về nhận thức, tài chính, chính sách, liên kết và hợp tác.',
    citations: [
      {
        file: S003,
        quote:
          'Ngày 18/9/2014, Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đã tổ chức Hội nghị trực truyến triển khai Nghị quyết số 36-NQ/TW của Bộ Chính trị',
      },
      { file: S003, quote: 'tại 3 đầu cầu Hà Nội, Đà Nẵng, TP. Hồ Chí Minh.' },
      { file: S003, quote: 'Thứ trưởng Bộ VHTTDL Đặng Thị Bích Liên chủ trì hội nghị.' },
      {
        file: S003,
        quote:
          'các đại biểu đã nghe đại diện Văn phòng Bộ VHTTDL, Cục Di sản Văn hóa, Trung tâm CNTT Thể thao, Trung tâm CNTT Du lịch, Thư viện quốc gia… báo cáo về ứng dụng CNTT tại các đơn vị.',
      },
    ],
    ambiguity:
      'The seed spells "Hội nghị trực truyến" (sic, for "trực tuyến"). Its list of reporting units ends with "…", so the participants are incomplete; "Trung tâm CNTT Thể thao" and "Trung tâm CNTT Du lịch" are taken to be TTTTTDTT and TTTTDL.',
  },
  {
    key: 'inspection-2018-06-05-egov',
    date: '2018-06-05',
    kind: 'INSPECTION',
    title:
      'Đoàn Kiểm tra của Ban Điều hành làm việc với Bộ Văn hóa, Thể thao và Du lịch về kết quả kiểm tra ứng dụng CNTT, xây dựng Chính phủ điện tử',
    titleEn:
      'Inspection team of the Executive Board for IT Application meets the Ministry on the results of its inspection of IT application and e-Government building',
    chair: 'nguyen-thanh-hung',
    participants: ['BĐH-UDCNTT', 'BTTTT', 'THH', 'BNV', 'VPCP', 'BYT', 'BVHTTDL'],
    places: ['Trụ sở Bộ Văn hóa, Thể thao và Du lịch'],
    conclusion:
      'Ghi nhận nỗ lực, kết quả ứng dụng CNTT của Bộ; đề nghị khắc phục tồn tại, hạn chế; kiến nghị xây dựng, ban hành Kiến trúc Chính phủ điện tử, nâng cao hiệu quả cung cấp DVC trực tuyến, ưu tiên bố trí kinh phí cho ứng dụng CNTT, động viên cán bộ CNTT, gắn kết ứng dụng CNTT với cải cách hành chính và bảo đảm an toàn thông tin.',
    citations: [
      {
        file: S002,
        quote:
          'Ngày 05/6/2018, tại Trụ sở Bộ Văn hóa, Thể thao và Du lịch, Đoàn Kiểm tra của Ban Điều hành triển khai công tác ứng dụng CNTT trong hoạt động của cơ quan nhà nước (Ban Điều hành) đã có buổi làm việc với Bộ Văn hóa, Thể thao và Du lịch',
      },
      {
        file: S002,
        quote: 'có Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Thành Hưng – Trưởng Ban Điều hành làm Trưởng Đoàn',
      },
      { file: S002, quote: 'đại diện Lãnh đạo đơn vị thuộc các cơ quan: Bộ Nội vụ, Văn phòng Chính phủ.' },
      {
        file: S002,
        quote: 'Kết luận buổi làm việc Thứ trưởng Nguyễn Thành Hưng – Trưởng Đoàn Kiểm tra ghi nhận những nỗ lực',
      },
    ],
    ambiguity:
      'The Ministry\'s Thứ trưởng who attended is unnamed in the source ("Thứ trưởng …."). The article also has the leadership of Bộ Y tế speaking at this meeting, which may be an editing slip; BYT is listed as written.',
  },
  {
    key: 'publication-2018-11-22-qd4062',
    date: '2018-11-22',
    kind: 'PUBLICATION',
    title:
      'Bài viết về việc thành lập Ban Chỉ đạo xây dựng và phát triển Chính phủ điện tử của Bộ VHTTDL (Quyết định số 4062)',
    titleEn: "Article on the establishment of the Ministry's e-Government Steering Committee (Decision 4062)",
    participants: ['BVHTTDL', 'BCĐ-CPĐT'],
    citations: [
      {
        url: URL_4062,
        quote: 'The article is dated 22/11/2018; the full document symbol and signing date are not in the excerpt.',
        confidence: 'medium',
      },
    ],
    ambiguity: "External only. The date is the article's, not the decision's signing date, which is unknown.",
  },
  {
    key: 'review-2019-06-13-nq17',
    date: '2019-06-13',
    kind: 'REVIEW',
    title: 'Cuộc họp rà soát triển khai kế hoạch thực hiện Nghị quyết số 17/NQ-CP về Chính phủ điện tử',
    titleEn: 'Review meeting on the implementation of the plan for Resolution 17/NQ-CP on e-Government',
    chair: 'le-khanh-hai',
    participants: ['BVHTTDL', 'TTCNTT', 'VP'],
    conclusion:
      'Nhiều đầu việc đã hoàn thành đạt và vượt tiến độ (Cổng dịch vụ công tập trung đã hoàn thành và vận hành thông suốt); Thứ trưởng đề nghị các đơn vị tiếp tục rà soát các đầu việc chưa hoàn thành để có kế hoạch, lộ trình triển khai cụ thể.',
    citations: [
      {
        file: S001,
        quote:
          'Sáng nay (13/6), Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Khánh Hải đã chủ trì cuộc họp rà soát triển khai kế hoạch thực hiện Nghị quyết số 17/NQ-CP',
      },
      { file: S001, quote: '13/06/2019 13:52' },
      {
        file: S001,
        quote:
          'đánh giá cao những nỗ lực của Trung tâm Công nghệ thông tin, Văn phòng Bộ VHTTDL và một số đơn vị liên quan trong việc thực hiện Kế hoạch này.',
      },
    ],
    ambiguity:
      'The date is "Sáng nay (13/6)" in an article dated 13/06/2019. The source does not list all participating units; TTCNTT and VP are those it praises, with "một số đơn vị liên quan".',
  },
  {
    key: 'publication-2021-12-02-heritage-digitisation',
    date: '2021-12-02',
    kind: 'PUBLICATION',
    title: 'Thủ tướng Chính phủ phê duyệt Chương trình số hóa Di sản văn hóa Việt Nam giai đoạn 2021-2030',
    titleEn: 'The Prime Minister approves the Vietnamese Cultural Heritage Digitisation Programme, 2021-2030',
    participants: ['TTg'],
    citations: [
      {
        url: URL_HERITAGE,
        quote:
          'The Prime Minister approved the Chương trình số hóa Di sản văn hóa Việt Nam giai đoạn 2021-2030 on **2/12/2021**.',
        confidence: 'low',
      },
    ],
    ambiguity:
      'External only (low–medium confidence); the number of the approving decision is not in the excerpt, so no document record is made for it.',
  },
  {
    key: 'publication-2022-05-20-dx-plan-2022',
    date: '2022-05-20',
    kind: 'PUBLICATION',
    title: 'Bài viết "Kế hoạch chuyển đổi số của Bộ VHTTDL năm 2022"',
    titleEn: 'Article "Digital Transformation Plan of the Ministry of Culture, Sports and Tourism for 2022"',
    participants: ['BVHTTDL'],
    conclusion: 'Bộ VHTTDL đã ban hành Quyết định số 949/QĐ-BVHTTDL ban hành Kế hoạch chuyển đổi số của Bộ năm 2022.',
    citations: [
      { file: S004, quote: 'Kế hoạch chuyển đổi số của Bộ VHTTDL năm 2022' },
      { file: S004, quote: '20/05/2022 | 20:44' },
      {
        file: S004,
        quote: 'Bộ VHTTDL đã ban hành Quyết định số 949/QĐ-BVHTTDL ban hành Kế hoạch chuyển đổi số của Bộ năm 2022.',
      },
    ],
    ambiguity:
      'This is the date of the article, the earliest date on which the 2022 plan is known to exist; the signing date of 949/QĐ-BVHTTDL is unknown and is not this date.',
  },
];
