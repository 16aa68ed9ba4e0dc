import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import type { DocumentKind } from '@lotrinh/shared';
import { Field, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { DocumentKindEnum } from '../common/enums.js';
import { Sourced } from '../common/node.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { Unit } from '../units/unit.entity.js';

@ObjectType({ implements: Sourced, description: 'A legal or administrative document (văn bản): resolution, decision, decree, notice, plan …' })
@Entity()
export class Document extends Sourced {
  @Field(() => String, { description: 'Number as written in the source, e.g. `458/TB-VP`, `17/NQ-CP`.' })
  @Property({ type: 'string', unique: true })
  number!: string;

  @Field(() => DocumentKindEnum, { description: 'Kind of document.' })
  @Property({ type: 'string' })
  kind!: DocumentKind;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  issuer: Ref<Unit> | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of issue; null when no source gives it or sources conflict (see `ambiguity`).' })
  @Property({ type: 'date', nullable: true })
  issuedOn: string | null = null;

  @Field(() => String, { description: 'Title or subject in Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Title or subject in English.' })
  @Property({ type: 'text' })
  titleEn!: string;

  @ManyToMany(() => Document, undefined, { pivotTable: 'document_implements', joinColumn: 'document_id', inverseJoinColumn: 'implemented_id' })
  implements = new Collection<Document>(this);

  @ManyToMany(() => Document, undefined, { pivotTable: 'document_cites', joinColumn: 'document_id', inverseJoinColumn: 'cited_id' })
  cites = new Collection<Document>(this);

  @OneToMany(() => Citation, (citation) => citation.document)
  citations = new Collection<Citation>(this);
}
