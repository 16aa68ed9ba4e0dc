// Generates `count` timeline tasks in the app's `TimelineTask` shape (client/src/features/timeline/model/types.ts),
// spread over 2013–2025 like bench/lib/generate-roadmap.mjs: 60 lead units, 12 plans, 5% milestones, ~35% with a
// dependency on an earlier task, 20% derived due dates, ~4% with an unknown start or due, ~1% with no date at all.
// Deterministic (seeded), so every library and every run draws the same tasks. Runs in Node and in the harness
// pages (which generate their tasks in the page: see README), so it has its own date arithmetic and no imports.

/** The fixed "today" the bench draws with, so that statuses do not change from day to day. */
export const BENCH_TODAY = '2025-06-30';
export const RANGE = { start: '2013-01-01', end: '2025-12-31' };

const DAY_MS = 86_400_000;
const toDay = (date) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
/** Days since 1970-01-01 to YYYY-MM-DD (the civil-from-days algorithm; no Date objects, it runs 300,000 times). */
function fromDay(day) {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
const addDays = (date, days) => fromDay(toDay(date) + days);
const daysBetween = (from, to) => toDay(to) - toDay(from);

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const DEPENDENCY_TYPES = ['FINISH_TO_START', 'FINISH_TO_START', 'START_TO_START', 'FINISH_TO_FINISH'];

function statusOf({ start, due, completedOn, cancelled }) {
  if (cancelled) return 'CANCELLED';
  if (start === null && due === null) return 'UNKNOWN';
  if (completedOn !== null) return due === null || completedOn <= due ? 'DONE_ON_TIME' : 'DONE_LATE';
  if (due !== null && due < BENCH_TODAY) return 'OVERDUE';
  if (start !== null && start > BENCH_TODAY) return 'PLANNED';
  return 'IN_PROGRESS';
}

export function generateTasks({ count, seed = 42 }) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const units = Array.from({ length: 60 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { code: `GEN${n}`, name: `Đơn vị thử nghiệm ${i + 1}`, nameEn: `Generated unit ${i + 1}` };
  });
  const plans = Array.from({ length: 12 }, (_, i) => ({
    id: `gen-plan-${i + 1}`,
    title: `Kế hoạch thử nghiệm ${i + 1}`,
    titleEn: `Generated plan ${i + 1}`,
  }));
  const documents = Array.from({ length: 24 }, (_, i) => ({ id: `gen-doc-${i + 1}`, label: `${100 + i}/QĐ-BVHTTDL` }));

  const span = daysBetween(RANGE.start, '2025-06-30');
  const tasks = [];
  for (let i = 0; i < count; i += 1) {
    const milestone = rand() < 0.05;
    let start = addDays(RANGE.start, Math.floor(rand() * span));
    let due = milestone ? start : addDays(start, 14 + Math.floor(rand() * 700));
    if (due > RANGE.end) due = RANGE.end;
    let startKnown = 'STATED';
    let dueKnown = rand() < 0.8 ? 'STATED' : 'DERIVED';
    const unknown = rand();
    if (unknown < 0.01) [start, due, startKnown, dueKnown] = [null, null, 'UNKNOWN', 'UNKNOWN'];
    else if (unknown < 0.03 && !milestone) [start, startKnown] = [null, 'UNKNOWN'];
    else if (unknown < 0.05 && !milestone) [due, dueKnown] = [null, 'UNKNOWN'];
    const done = due !== null && rand() < 0.3;
    const completedOn = done ? addDays(due, Math.floor(rand() * 60) - 20) : null;
    const cancelled = rand() < 0.01;
    const id = String(i + 1);
    const dependencies = [];
    if (i > 0 && rand() < 0.35) {
      dependencies.push({
        id: `d${id}`,
        toTaskId: String(1 + Math.floor(rand() * i)),
        type: pick(DEPENDENCY_TYPES),
        lagDays: Math.floor(rand() * 10),
      });
    }
    tasks.push({
      id,
      title: `Nhiệm vụ chuyển đổi số thử nghiệm số ${i + 1} — hệ thống thông tin, cơ sở dữ liệu`,
      titleEn: `Generated digital-transformation task ${i + 1}`,
      kind: milestone ? 'MILESTONE' : 'TASK',
      status: statusOf({ start, due, completedOn, cancelled }),
      progress: done ? 100 : Math.floor(rand() * 101),
      start,
      due,
      startKnown,
      dueKnown,
      completedOn,
      leadUnit: pick(units),
      plan: pick(plans),
      assignedBy: rand() < 0.7 ? pick(documents) : null,
      parentId: null,
      version: 1,
      dependencies,
    });
  }
  return tasks;
}

/** A few documents and meetings as vertical markers (ours only: the peers' free editions draw none). */
export function generateMarkers() {
  return Array.from({ length: 24 }, (_, i) => {
    const date = addDays(RANGE.start, Math.round((i + 0.5) * (daysBetween(RANGE.start, RANGE.end) / 24)));
    const kind = i % 3 === 0 ? 'EVENT' : 'DOCUMENT';
    const label = kind === 'EVENT' ? `Hội nghị ${i + 1}` : `${100 + i}/QĐ-BVHTTDL`;
    return { id: `gen-marker-${i + 1}`, date, label, title: `${label} — văn bản thử nghiệm`, kind };
  });
}
