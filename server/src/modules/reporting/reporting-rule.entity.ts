import { Collection, Entity, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { Sourced } from '../common/node.js';
import { Plan } from '../plans/plan.entity.js';
import { Unit } from '../units/unit.entity.js';

@ObjectType({ implements: Sourced, description: 'The quarterly reporting rule of a plan: who receives reports and by which day of the quarter’s last month.' })
@Entity()
export class ReportingRule extends Sourced {
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => Unit, { ref: true })
  recipient!: Ref<Unit>;

  @Field(() => Int, { description: 'Reports are due by this day of the quarter’s last month.' })
  @Property({ type: 'integer' })
  dueDay!: number;

  @OneToMany(() => Citation, (citation) => citation.reportingRule)
  citations = new Collection<Citation>(this);
}
