export { TaskDetailPanel, type TaskDetailPanelProps } from './components/task-detail-panel.js';
export { taskDetailMessages } from './messages.js';
export type { CitationData } from './api/task-detail.query.js';
export type { TaskUpdateInput } from './model/task-edit.js';
