import type { Messages } from '../i18n/i18n.js';
import { timelineMessages } from '../features/timeline/index.js';
import { taskDetailMessages } from '../features/task-detail/index.js';
import { briefingMessages } from '../features/briefing/index.js';
import { replayMessages } from '../features/replay/index.js';
import { reportingMessages } from '../features/reporting/index.js';

const appMessages: Messages = {
  vi: {
    'app.title': 'Lộ trình CNTT và chuyển đổi số — Bộ VHTTDL 2013–2025',
    'app.nav': 'Điều hướng chính',
    'app.nav.timeline': 'Tiến độ',
    'app.nav.briefing': 'Tổng quan',
    'app.nav.reporting': 'Báo cáo quý',
    'app.nav.playground': 'GraphQL',
    'app.language': 'Ngôn ngữ',
    'app.language.vi': 'Tiếng Việt',
    'app.language.en': 'English',
    'app.loading': 'Đang tải…',
    'app.error': 'Không tải được dữ liệu: {message}',
    'app.retry': 'Thử lại',
    'app.skip': 'Bỏ qua đến nội dung chính',
    'app.export.csv': 'Xuất CSV',
    'app.export.json': 'Xuất JSON',
  },
  en: {
    'app.title': 'IT and digital-transformation roadmap — Ministry of Culture, Sports and Tourism 2013–2025',
    'app.nav': 'Main navigation',
    'app.nav.timeline': 'Timeline',
    'app.nav.briefing': 'Briefing',
    'app.nav.reporting': 'Quarterly reports',
    'app.nav.playground': 'GraphQL',
    'app.language': 'Language',
    'app.language.vi': 'Tiếng Việt',
    'app.language.en': 'English',
    'app.loading': 'Loading…',
    'app.error': 'Could not load the data: {message}',
    'app.retry': 'Retry',
    'app.skip': 'Skip to main content',
    'app.export.csv': 'Export CSV',
    'app.export.json': 'Export JSON',
  },
};

export const messages: Messages = {
  vi: { ...appMessages.vi, ...timelineMessages.vi, ...taskDetailMessages.vi, ...briefingMessages.vi, ...replayMessages.vi, ...reportingMessages.vi },
  en: { ...appMessages.en, ...timelineMessages.en, ...taskDetailMessages.en, ...briefingMessages.en, ...replayMessages.en, ...reportingMessages.en },
};
