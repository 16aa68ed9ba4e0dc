import { reportingPeriodsOf } from '@lotrinh/shared';
import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { Citation } from '../citations/citation.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { Unit } from '../units/unit.entity.js';
import { ReportingPeriod } from './reporting-period.type.js';
import { ReportingRule } from './reporting-rule.entity.js';

@ArgsType()
class ReportingPeriodsArgs {
  @Field(() => Int, { description: 'The reporting year, e.g. 2022.' })
  @Min(2000)
  @Max(2100)
  year!: number;
}

@Resolver(() => ReportingRule)
export class ReportingResolver {
  @Query(() => [ReportingPeriod], { description: 'The four reporting quarters of a year, per the 2022 plan’s calendar.' })
  reportingPeriods(@Args() { year }: ReportingPeriodsArgs): ReportingPeriod[] {
    return reportingPeriodsOf(year);
  }

  @Query(() => [ReportingRule], { description: 'The quarterly reporting rules of the plans, with their sources.' })
  reportingRules(@Ctx() ctx: AppContext): Promise<ReportingRule[]> {
    return ctx.em.find(ReportingRule, {}, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => Plan, { description: 'The plan whose tasks are reported on.' })
  plan(@Root() rule: ReportingRule): Promise<Plan> {
    return rule.plan.load({ dataloader: true }) as Promise<Plan>;
  }

  @FieldResolver(() => Unit, { description: 'The unit that receives the reports.' })
  recipient(@Root() rule: ReportingRule): Promise<Unit> {
    return rule.recipient.load({ dataloader: true }) as Promise<Unit>;
  }

  @FieldResolver(() => [Citation], { description: 'The sources of the rule, each with its verbatim quote.' })
  citations(@Root() rule: ReportingRule): Promise<Citation[]> {
    return rule.citations.loadItems({ dataloader: true });
  }
}
