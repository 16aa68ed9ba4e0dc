// Generates a large roadmap into a migrated, seeded SQLite file: `count` tasks spread over 2013–2025,
// ~60 units, plans, supporting units, dependencies, citations and observations. Deterministic (seeded).
import { addDays, daysBetween } from '../../shared/dist/index.js';
import { openDatabase } from '../../server/dist/db/database.js';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATUSES = ['IN_PROGRESS', 'ON_TRACK', 'BEHIND', 'DONE'];

export async function generateRoadmap({ dbPath, count, seed = 42 }) {
  const orm = await openDatabase({ dbPath });
  const em = orm.em.fork();
  const knex = em.getKnex();
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];

  const unitRows = Array.from({ length: 60 }, (_, i) => ({
    code: `GEN${String(i + 1).padStart(2, '0')}`,
    name: `Đơn vị thử nghiệm ${i + 1}`,
    name_en: `Generated unit ${i + 1}`,
    kind: 'MINISTRY_UNIT',
  }));
  await knex.batchInsert('unit', unitRows, 200);
  const unitIds = (await knex('unit').where('code', 'like', 'GEN%').select('id')).map((r) => r.id);
  const planRows = Array.from({ length: 12 }, (_, i) => ({ key: `gen-plan-${i + 1}`, title: `Kế hoạch thử nghiệm ${i + 1}`, title_en: `Generated plan ${i + 1}`, period_start: `${2013 + i}-01-01`, period_end: `${2014 + i}-12-31` }));
  await knex.batchInsert('plan', planRows, 200);
  const planIds = (await knex('plan').where('key', 'like', 'gen-plan-%').select('id')).map((r) => r.id);

  const span = daysBetween('2013-01-01', '2025-06-30');
  const taskRows = [];
  for (let i = 0; i < count; i++) {
    const start = addDays('2013-01-01', Math.floor(rand() * span));
    const due = addDays(start, 14 + Math.floor(rand() * 700));
    const title = `Nhiệm vụ chuyển đổi số thử nghiệm số ${i + 1} — hệ thống thông tin, cơ sở dữ liệu`;
    taskRows.push({
      title,
      title_en: `Generated digital-transformation task ${i + 1}`,
      kind: rand() < 0.05 ? 'MILESTONE' : 'TASK',
      plan_id: pick(planIds),
      lead_unit_id: pick(unitIds),
      assigned_on: start,
      start,
      start_known: 'STATED',
      due: due > '2025-12-31' ? '2025-12-31' : due,
      due_known: rand() < 0.8 ? 'STATED' : 'DERIVED',
      progress: Math.floor(rand() * 101),
      completed_on: rand() < 0.3 ? due : null,
      version: 1,
      search_text: title.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase(),
    });
  }
  await knex.batchInsert('task', taskRows, 500);
  const taskIds = (await knex('task').where('title', 'like', 'Nhiệm vụ chuyển đổi số thử nghiệm%').orderBy('id').select('id', 'assigned_on')).map((r) => r);

  const support = [];
  const dependencies = [];
  const citations = [];
  const observations = [];
  taskIds.forEach(({ id, assigned_on }, index) => {
    const units = new Set([pick(unitIds), pick(unitIds)]);
    for (const unit of units) support.push({ task_id: id, unit_id: unit });
    if (index > 0 && rand() < 0.35) {
      const earlier = taskIds[Math.floor(rand() * index)].id;
      dependencies.push({ task_id: id, depends_on_id: earlier, type: pick(['FINISH_TO_START', 'FINISH_TO_START', 'START_TO_START', 'FINISH_TO_FINISH']), lag_days: Math.floor(rand() * 10) });
    }
    citations.push({ task_id: id, source_file: '000_aabe5bf2301142d2.txt', quote: 'Giao Trung tâm Công nghệ thông tin', external: false });
    if (rand() < 0.3) observations.push({ task_id: id, observed_on: addDays(assigned_on, 30), status: pick(STATUSES), note: 'Báo cáo tiến độ thử nghiệm' });
  });
  await knex.batchInsert('task_support_units', support, 500);
  await knex.batchInsert('task_dependency', dependencies, 500);
  await knex.batchInsert('citation', citations, 500);
  await knex.batchInsert('status_observation', observations, 500);
  await orm.close();
  return { tasks: count, units: unitRows.length, dependencies: dependencies.length, observations: observations.length };
}
