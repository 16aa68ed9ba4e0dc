import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { Sourced } from '../common/node.js';
import { Document } from '../documents/document.entity.js';

@ObjectType({ implements: Sourced, description: 'A programme or plan that groups tasks, with its period and legal basis.' })
@Entity()
export class Plan extends Sourced {
  @Field(() => String, { description: 'Stable short key, e.g. `tb458-2013`.' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Title in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the plan period, when known.' })
  @Property({ type: 'date', nullable: true })
  periodStart: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the plan period, when known.' })
  @Property({ type: 'date', nullable: true })
  periodEnd: string | null = null;

  @ManyToOne(() => Document, { ref: true, nullable: true })
  document: Ref<Document> | null = null;

  @ManyToMany(() => Document, undefined, { pivotTable: 'plan_basis', joinColumn: 'plan_id', inverseJoinColumn: 'document_id' })
  basis = new Collection<Document>(this);

  @OneToMany(() => Citation, (citation) => citation.plan)
  citations = new Collection<Citation>(this);
}
