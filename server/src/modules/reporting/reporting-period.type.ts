import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar.js';

@ObjectType({ description: 'A quarter of the reporting calendar of the 2022 plan: the data window and the day reports are due.' })
export class ReportingPeriod {
  @Field(() => Int, { description: 'The reporting year.' })
  year!: number;

  @Field(() => Int, { description: 'The quarter, 1–4.' })
  quarter!: number;

  @Field(() => LocalDateScalar, { description: 'First day of the data window (Q1 starts on 15/12 of the previous year).' })
  start!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the data window (the 14th of the quarter’s last month).' })
  end!: string;

  @Field(() => LocalDateScalar, { description: 'Reports are due to Trung tâm CNTT by this day (the 25th of the quarter’s last month).' })
  reportDue!: string;
}
