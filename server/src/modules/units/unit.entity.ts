import { Collection, Entity, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import type { UnitKind } from '@lotrinh/shared';
import { Field, ObjectType } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { Sourced } from '../common/node.js';
import { UnitKindEnum } from '../common/enums.js';

@ObjectType({ implements: Sourced, description: 'An organisation (đơn vị): a unit of the Ministry, a general department, a centre, a committee or an outside agency.' })
@Entity()
export class Unit extends Sourced {
  @Field(() => String, { description: 'Code as the sources abbreviate it, e.g. `TTCNTT`, `VP`, `KHCNMT`.' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => UnitKindEnum, { description: 'What kind of organisation it is.' })
  @Property({ type: 'string' })
  kind!: UnitKind;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  parent: Ref<Unit> | null = null;

  @OneToMany(() => Citation, (citation) => citation.unit)
  citations = new Collection<Citation>(this);
}
