/**
 * Every task as it stood on :d with its status, written from the domain rules in plain SQL: tasks assigned
 * by then, edits that took effect later undone (the oldest later edit's `before`), the latest observation
 * made by then, and the status rule (completion, cancellation, done report, past due, behind, started). The
 * CTE `rated` has one row per task (id, title, plan_id, lead_unit_id, start, due, status …); a query adds
 * its own `select … from rated`.
 */
export const TASKS_AS_OF = `
  with later as (
    select c.task_id, c.before, row_number() over (partition by c.task_id order by c.id) as n
      from task_change c where c.effective_on > :d
  ),
  stood as (
    select t.id, t.plan_id, t.lead_unit_id,
           case when l.task_id is null then t.title else json_extract(l.before, '$.title') end as title,
           case when l.task_id is null then t.start else json_extract(l.before, '$.start') end as start,
           case when l.task_id is null then t.due else json_extract(l.before, '$.due') end as due,
           case when l.task_id is null then t.completed_on else json_extract(l.before, '$.completedOn') end as completed_on,
           case when l.task_id is null then t.deleted_at is not null else json_extract(l.before, '$.deleted') end as deleted,
           l.task_id is not null and l.before is null as not_yet
      from task t left join later l on l.task_id = t.id and l.n = 1
     where t.assigned_on <= :d
  ),
  seen as (
    select o.task_id, o.status, o.observed_on, row_number() over (partition by o.task_id order by o.observed_on desc, o.id desc) as n
      from status_observation o where o.observed_on <= :d
  ),
  rated as (
    select s.*, case
      when s.completed_on is not null and s.completed_on <= :d then case when s.due is null or s.completed_on <= s.due then 'DONE_ON_TIME' else 'DONE_LATE' end
      when o.status = 'CANCELLED' then 'CANCELLED'
      when o.status = 'DONE' then case when s.due is null or o.observed_on <= s.due then 'DONE_ON_TIME' else 'UNKNOWN' end
      when s.due is not null and :d > s.due then 'OVERDUE'
      when o.status = 'BEHIND' then 'AT_RISK'
      when o.status is not null and o.status <> 'NOT_STARTED' then 'IN_PROGRESS'
      when s.start is not null then case when :d >= s.start then 'IN_PROGRESS' else 'PLANNED' end
      when o.status is not null then 'PLANNED'
      else 'UNKNOWN' end as status
      from stood s left join seen o on o.task_id = s.id and o.n = 1
     where not s.not_yet and not s.deleted
  )`;
