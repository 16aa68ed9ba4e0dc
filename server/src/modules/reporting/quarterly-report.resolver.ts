import { reportingPeriod, type LocalDate, type ObservedStatus } from '@lotrinh/shared';
import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { StatusObservation } from '../tasks/status-observation.entity.js';
import { TaskQueryService } from '../tasks/task-query.service.js';
import { TaskView } from '../tasks/task.view.js';
import { Unit } from '../units/unit.entity.js';
import { reportObligations, type ReportState } from './report-obligations.js';
import { ReportingPeriod } from './reporting-period.type.js';
import { ReportingRule } from './reporting-rule.entity.js';

export const ReportStateEnum = { RECEIVED_ON_TIME: 'RECEIVED_ON_TIME', RECEIVED_LATE: 'RECEIVED_LATE', MISSING: 'MISSING', NOT_YET_DUE: 'NOT_YET_DUE' } as const satisfies Record<ReportState, ReportState>;
registerEnumType(ReportStateEnum, {
  name: 'ReportState',
  description: 'What came of a quarterly report a unit owes.',
  valuesConfig: {
    RECEIVED_ON_TIME: { description: 'Submitted by the due day.' },
    RECEIVED_LATE: { description: 'Submitted after the due day.' },
    MISSING: { description: 'Not submitted, and the due day has passed.' },
    NOT_YET_DUE: { description: 'Not submitted yet; the due day has not come.' },
  },
});

@ArgsType()
class QuarterArgs {
  @Field(() => Int, { description: 'The reporting year.' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { description: 'The quarter, 1–4.' })
  @Min(1)
  @Max(4)
  quarter!: number;
}

@ObjectType({ description: 'A report one unit owes on one task for one quarter, and what came of it.' })
class ReportObligation {
  @Field(() => Unit, { nullable: true, description: 'The unit that owes it (the lead unit); null when the task names none, and then the unit receiving the plan’s reports reports on it.' })
  unit!: Unit | null;

  @Field(() => TaskView, { description: 'The task reported on.' })
  task!: TaskView;

  @Field(() => ReportStateEnum, { description: 'Received on time, late, missing, or not yet due.' })
  state!: ReportState;

  @Field(() => StatusObservation, { nullable: true, description: 'The report received, as a status observation.' })
  report!: StatusObservation | null;
}

@ObjectType({ description: 'The quarterly reporting of one quarter: its calendar and every report owed.' })
class QuarterlyReport {
  @Field(() => ReportingPeriod, { description: 'The quarter’s data window and due day.' })
  period!: ReportingPeriod;

  @Field(() => [ReportObligation], { description: 'Every report owed, by unit.' })
  obligations!: ReportObligation[];
}

@Resolver()
export class QuarterlyReportResolver {
  @Query(() => QuarterlyReport, {
    description: 'For a quarter: which units owe a report on which tasks of the plans with a reporting rule, which came in, which are late.',
  })
  async quarterlyReport(@Args() { year, quarter }: QuarterArgs, @Ctx() ctx: AppContext): Promise<QuarterlyReport> {
    const period = reportingPeriod(year, quarter);
    const rules = await ctx.em.find(ReportingRule, {}, { populate: ['plan'] });
    const planIds = new Set(rules.map((rule) => rule.plan.id));
    const service = new TaskQueryService(ctx);
    const rows = (await service.rows(null, ctx.today)).filter((row) => row.planId !== null && planIds.has(row.planId) && row.kind !== 'SUMMARY');
    const observations = await ctx.em.find(StatusObservation, { reportYear: year, reportQuarter: quarter }, { populate: ['reportedBy'], orderBy: { id: 'desc' } });
    const reports = observations.map((o) => ({
      observationId: o.id,
      taskId: o.task.id,
      unitCode: o.reportedBy?.getEntity().code ?? null,
      submittedOn: o.submittedOn as LocalDate | null,
      status: o.status as ObservedStatus,
    }));
    const obligations = reportObligations(rows, reports, period, ctx.today);
    const views = new Map((await service.views(rows.filter((row) => obligations.some((o) => o.taskId === row.id)), ctx.today)).map((view) => [view.entity.id, view]));
    const units = new Map((await ctx.em.find(Unit, { code: { $in: obligations.flatMap((o) => (o.unitCode ? [o.unitCode] : [])) } })).map((unit) => [unit.code, unit]));
    const byId = new Map(observations.map((o) => [o.id, o]));
    return {
      period,
      obligations: obligations.map((o) => ({
        unit: o.unitCode ? (units.get(o.unitCode) ?? null) : null,
        task: views.get(o.taskId)!,
        state: o.state,
        report: o.report ? (byId.get(o.report.observationId) ?? null) : null,
      })),
    };
  }
}
