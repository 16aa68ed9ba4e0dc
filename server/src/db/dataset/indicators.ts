import type { IndicatorData } from './types.js';

const S000 = '000_aabe5bf2301142d2.txt';
const S002 = '002_a80ea4b13fababbc.txt';
const S004 = '004_e8b8dd6a551df80a.txt';

const END_2022 =
  'Target date 2022-12-31 is DERIVED from "năm 2022": the plan is the Ministry\'s plan for 2022 and gives no other date for this target.';

export const indicators: IndicatorData[] = [
  {
    code: 'online-services-level-3-proposed',
    name: 'Số dịch vụ công trực tuyến mức độ 3 đề xuất giới thiệu trên Cổng thông tin của Bộ',
    nameEn: "Number of level-3 online public services proposed for the Ministry's portal",
    unitOfMeasure: 'dịch vụ',
    values: [
      {
        date: '2013-11-10',
        knownOn: '2013-11-01',
        value: 10,
        kind: 'TARGET',
        citation: {
          file: S000,
          quote:
            'Là đầu mối tập hợp, đề xuất 10 dịch vụ công trực tuyến mức độ 3 để giới thiệu trên Cổng thông tin của Bộ, báo cáo lãnh đạo Bộ trước ngày 10/11/2013.',
        },
        ambiguity:
          'A target for the proposal, due before 10/11/2013; whether the services were then provided is not stated.',
      },
    ],
    citations: [{ file: S000, quote: 'đề xuất 10 dịch vụ công trực tuyến mức độ 3' }],
  },
  {
    code: 'online-services-level-3-4-share',
    name: 'Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4',
    nameEn: 'Share of administrative procedures offered as level-3/4 online public services',
    unitOfMeasure: '%',
    values: [
      {
        date: '2018-06-05',
        knownOn: '2018-06-05',
        value: 40,
        numerator: 36,
        denominator: 89,
        kind: 'ACTUAL',
        citation: {
          file: S002,
          quote:
            'đã cung cấp 36 DVC trực tuyến mức độ 3, mức độ 4 trên tổng số 89 thủ tục hành chính (tương đương 40% TTHC).',
        },
        ambiguity:
          'The source rounds 36/89 (40.4%) to 40%. Dated to the inspection of 05/6/2018, whose article reports the figure as current.',
      },
    ],
    citations: [
      {
        file: S002,
        quote:
          'Bộ VHTT&DL đã triển khai cung cấp DVC trực tuyến mức độ 3, mức độ 4 tập trung tại một địa chỉ trên Cổng Thông tin điện tử của Bộ',
      },
    ],
  },
  {
    code: 'online-services-with-e-dossiers',
    name: 'Số dịch vụ công trực tuyến mức độ 3, 4 phát sinh hồ sơ điện tử',
    nameEn: 'Number of level-3/4 online public services that have received electronic dossiers',
    unitOfMeasure: 'dịch vụ',
    values: [
      {
        date: '2018-06-05',
        knownOn: '2018-06-05',
        value: 8,
        numerator: 8,
        denominator: 36,
        kind: 'ACTUAL',
        citation: { file: S002, quote: 'Số lượng DVC trực tuyến phát sinh hồ sơ điện tử hạn chế (8/36 dịch vụ)' },
        ambiguity: 'Dated to the inspection of 05/6/2018, whose article reports the figure among current shortcomings.',
      },
    ],
    citations: [{ file: S002, quote: 'một số dịch vụ phát sinh rất ít hồ sơ trực tuyến' }],
  },
  {
    code: 'documents-fully-electronic-share',
    name: 'Tỷ lệ văn bản trao đổi giữa các đơn vị thuộc Bộ hoàn toàn dưới dạng điện tử',
    nameEn: "Share of documents exchanged between the Ministry's units fully in electronic form",
    unitOfMeasure: '%',
    values: [
      {
        date: '2018-06-05',
        knownOn: '2018-06-05',
        value: 30,
        kind: 'ACTUAL',
        citation: {
          file: S002,
          quote: 'tỷ lệ văn bản trao đổi giữa các đơn vị thuộc Bộ hoàn toàn dưới dạng điện tử đạt 30%;',
        },
        ambiguity:
          'Given as "Hiện nay" (currently) in the article on the inspection of 05/6/2018; dated to the inspection.',
      },
    ],
    citations: [
      { file: S002, quote: 'tỷ lệ văn bản trao đổi giữa các đơn vị thuộc Bộ hoàn toàn dưới dạng điện tử đạt 30%;' },
    ],
  },
  {
    code: 'documents-electronic-and-paper-share',
    name: 'Tỷ lệ văn bản trao đổi giữa các đơn vị thuộc Bộ dưới dạng điện tử và song song với văn bản giấy',
    nameEn: "Share of documents exchanged between the Ministry's units electronically alongside paper",
    unitOfMeasure: '%',
    values: [
      {
        date: '2018-06-05',
        knownOn: '2018-06-05',
        value: 65,
        kind: 'ACTUAL',
        citation: {
          file: S002,
          quote:
            'tỷ lệ văn bản trao đổi giữa các đơn vị thuộc Bộ dưới dạng điện tử và song song với văn bản giấy đạt 65%',
        },
        ambiguity:
          'Given as "Hiện nay" (currently) in the article on the inspection of 05/6/2018; dated to the inspection.',
      },
    ],
    citations: [
      {
        file: S002,
        quote:
          'tỷ lệ văn bản trao đổi giữa các đơn vị thuộc Bộ dưới dạng điện tử và song song với văn bản giấy đạt 65%',
      },
    ],
  },
  {
    code: 'tthc-dossiers-digitised-share',
    name: 'Tỷ lệ thủ tục hành chính được số hóa hồ sơ, kết quả giải quyết tại Bộ phận Một cửa đơn vị',
    nameEn: "Share of administrative procedures whose dossiers and results are digitised at the units' one-stop desks",
    unitOfMeasure: '%',
    values: [
      {
        date: '2022-06-01',
        knownOn: '2022-05-20',
        value: 100,
        kind: 'TARGET',
        citation: {
          file: S004,
          quote:
            '100% thủ tục hành chính được số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa đơn vị (chậm nhất thực hiện từ ngày 01 tháng 6 năm 2022);',
        },
      },
    ],
    citations: [{ file: S004, quote: 'Theo Kế hoạch, các mục tiêu cụ thể hướng tới, đó là:' }],
  },
  {
    code: 'periodic-reports-digitally-signed-share',
    name: 'Tỷ lệ chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ được ký số, gửi qua Hệ thống thông tin báo cáo của Bộ',
    nameEn:
      "Share of periodic reports and reporting indicators digitally signed and sent through the Ministry's reporting system",
    unitOfMeasure: '%',
    values: [
      {
        date: '2022-12-31',
        knownOn: '2022-05-20',
        value: 100,
        kind: 'TARGET',
        citation: {
          file: S004,
          quote:
            '100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ thuộc phạm vi quản lý của Bộ (không bao gồm nội dung mật) được ký số',
        },
        ambiguity: END_2022,
      },
    ],
    citations: [{ file: S004, quote: 'Theo Kế hoạch, các mục tiêu cụ thể hướng tới, đó là:' }],
    ambiguity: 'Classified content is excluded ("không bao gồm nội dung mật").',
  },
  {
    code: 'work-files-processed-online-share',
    name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
    nameEn: 'Share of work files processed online',
    unitOfMeasure: '%',
    values: [
      {
        date: '2022-12-31',
        knownOn: '2022-05-20',
        value: 100,
        kind: 'TARGET',
        citation: {
          file: S004,
          quote:
            '100% hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)',
        },
        ambiguity: END_2022,
      },
    ],
    citations: [{ file: S004, quote: 'Theo Kế hoạch, các mục tiêu cụ thể hướng tới, đó là:' }],
    ambiguity: 'Files covered by state secrecy are excluded ("trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước").',
  },
];
