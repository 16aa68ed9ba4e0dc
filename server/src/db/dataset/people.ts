import type { PersonData } from './types.js';

const S000 = '000_aabe5bf2301142d2.txt';
const S001 = '001_81abc726803d8ac4.txt';
const S002 = '002_a80ea4b13fababbc.txt';
const S003 = '003_7baa5b1c424a9b7a.txt';

const URL_2590 = 'http://cinet.vn/quan-ly-cinet/thanh-lap-bcd-ung-dung-cong-nghe-thong-tin-bo-vhttdl-331826.html';
const URL_4062 =
  'https://bvhttdl.gov.vn/thanh-lap-ban-chi-dao-xay-dung-va-phat-trien-chinh-phu-dien-tu-cua-bo-vhttdl-625211.htm';
const URL_4220 =
  'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4220-QD-BVHTTDL-2025-Chien-luoc-Chuyen-doi-so-2025-2030-681329.html';
const URL_TTCDS =
  'https://www.vietnam.vn/en/thanh-lap-ban-soan-thao-xay-dung-de-an-chuyen-doi-so-trong-linh-vuc-van-hoa';

export const people: PersonData[] = [
  {
    key: 'dang-thi-bich-lien',
    name: 'Đặng Thị Bích Liên',
    title: 'Thứ trưởng',
    titleEn: 'Deputy Minister',
    unit: 'BVHTTDL',
    citations: [
      {
        file: S000,
        quote: 'Kết luận của Thứ trưởng Đặng Thị Bích Liên tại cuộc họp về việc thực hiện nhiệm vụ công nghệ thông tin',
      },
      { file: S003, quote: 'Thứ trưởng Bộ VHTTDL Đặng Thị Bích Liên chủ trì hội nghị.' },
      { url: URL_2590, quote: 'Phó trưởng ban Thứ trưởng **Đặng Thị Bích Liên**', confidence: 'medium' },
    ],
  },
  {
    key: 'le-khanh-hai',
    name: 'Lê Khánh Hải',
    title: 'Thứ trưởng',
    titleEn: 'Deputy Minister',
    unit: 'BVHTTDL',
    citations: [
      { file: S001, quote: 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Khánh Hải đã chủ trì cuộc họp rà soát' },
    ],
  },
  {
    key: 'nguyen-ngoc-thien',
    name: 'Nguyễn Ngọc Thiện',
    title: 'Bộ trưởng',
    titleEn: 'Minister',
    unit: 'BVHTTDL',
    citations: [
      { url: URL_2590, quote: 'Trưởng ban Bộ trưởng **Nguyễn Ngọc Thiện**', confidence: 'medium' },
      { url: URL_4062, quote: 'Members: Trưởng ban Bộ trưởng Nguyễn Ngọc Thiện;', confidence: 'medium' },
    ],
    ambiguity:
      'External sources only (steering-committee decisions of 2016 and 2018); the seeds do not name the Minister.',
  },
  {
    key: 'phan-tam',
    name: 'Phan Tâm',
    title: 'Thứ trưởng',
    titleEn: 'Deputy Minister',
    unit: 'BVHTTDL',
    citations: [
      { url: URL_4220, quote: 'Both were signed by Thứ trưởng **Phan Tâm** (KT. Bộ trưởng)', confidence: 'high' },
    ],
    ambiguity: 'External sources only; he signed decisions 4220 and 4221 of 05/11/2025 on behalf of the Minister.',
  },
  {
    key: 'mcst-deputy-minister-2018-inspection',
    name: null,
    title: 'Thứ trưởng',
    titleEn: 'Deputy Minister',
    unit: 'BVHTTDL',
    citations: [
      { file: S002, quote: 'Về phía Bộ Văn hóa, Thể thao và Du lịch có Thứ trưởng …. và đại diện Lãnh đạo các đơn vị' },
    ],
    ambiguity:
      'The article of the 05/6/2018 inspection names the Ministry\'s Thứ trưởng only as "Thứ trưởng …." — the name is missing in the source, so it is left null.',
  },
  {
    key: 'nguyen-van-tan',
    name: 'Nguyễn Văn Tân',
    title: 'TLBT, VTVTổ chức cán bộ',
    titleEn:
      'Unclear: the garbled header reads "TLBT, VTVTổ chức cán bộ" (possibly "Assistant to the Minister, Director of the Department of Personnel and Organisation")',
    citations: [
      { file: S000, quote: 'TLBT, VTVTổ chức cán bộ - Nguyễn Văn Tân Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -' },
    ],
    ambiguity:
      'The name appears only in the garbled header of notice 458/TB-VP, next to "TLBT, VTVTổ chức cán bộ". The abbreviations may stand for "Trợ lý Bộ trưởng, Vụ trưởng Vụ Tổ chức cán bộ", and he may be the signer or the publisher of the web copy, but the source does not say; title is stored as written and no unit is recorded.',
  },
  {
    key: 'nguyen-thanh-thao',
    name: 'Nguyễn Thanh Thảo',
    title: 'Tác giả bài viết',
    titleEn: 'Author of the article',
    citations: [{ file: S002, quote: 'Nguyễn Thanh Thảo' }],
    ambiguity:
      "The name stands alone at the end of the seed 002 article about the 05/6/2018 inspection, as its by-line; the author's position and unit are not given (the page is on the Cục Tin học hóa website, but the article does not say the author works there).",
  },
  {
    key: 'nguyen-thanh-hung',
    name: 'Nguyễn Thành Hưng',
    title: 'Thứ trưởng Bộ Thông tin và Truyền thông, Trưởng Ban Điều hành',
    titleEn:
      'Deputy Minister of Information and Communications, Head of the Executive Board for IT Application in State Agencies',
    unit: 'BTTTT',
    citations: [
      {
        file: S002,
        quote: 'có Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Thành Hưng – Trưởng Ban Điều hành làm Trưởng Đoàn',
      },
    ],
  },
  {
    key: 'nguyen-thi-hoang-lan',
    name: 'Nguyễn Thị Hoàng Lan',
    title: 'Giám đốc Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch',
    titleEn: 'Director of the Centre for Digital Transformation of Culture, Sports and Tourism',
    unit: 'TTCĐS',
    citations: [
      {
        url: URL_TTCDS,
        quote: 'Its director, Ms **Nguyễn Thị Hoàng Lan**, was Permanent Deputy Head of the drafting committee',
        confidence: 'low',
      },
    ],
    ambiguity:
      'One external article of unknown date (low–medium confidence); it does not say when she took office, nor whether her centre is the renamed TTCNTT.',
  },
];
