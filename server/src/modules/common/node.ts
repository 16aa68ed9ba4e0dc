import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { BadInputError } from '../../graphql/errors.js';

/** `Task:42` — the type name and the primary key, readable in a URL and in `data-task-id`. */
export function toGlobalId(typeName: string, id: number): string {
  return `${typeName}:${id}`;
}

export function fromGlobalId(globalId: string): { typeName: string; id: number } | null {
  const match = /^([A-Za-z]+):(\d+)$/.exec(globalId);
  return match ? { typeName: match[1]!, id: Number(match[2]) } : null;
}

/** The GraphQL type of a value: its class name, unless the class says otherwise (`static graphqlName`). */
export function graphqlTypeName(value: object): string {
  const type = value.constructor as { graphqlName?: string; name: string };
  return type.graphqlName ?? type.name;
}

@InterfaceType({
  description: 'An object with a globally unique id, fetchable with `node(id)`.',
  resolveType: graphqlTypeName,
})
export abstract class Node {
  @PrimaryKey()
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Globally unique id, e.g. `Task:42`; stable across restarts.' })
  globalId(): string {
    return toGlobalId(graphqlTypeName(this), this.id);
  }
}

/** A node whose facts come from sources: it carries citations, and says where the sources are unclear. */
@InterfaceType({ implements: Node, description: 'An object whose facts come from cited sources.' , resolveType: graphqlTypeName })
export abstract class Sourced extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'What the sources leave unclear or disagree on about this record, in plain words; null when all is clear.',
  })
  @Property({ type: 'text', nullable: true })
  ambiguity: string | null = null;
}

/** The primary key in a global id of the expected type; a malformed or foreign id is bad input. */
export function parseGlobalId(globalId: string, typeName: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.typeName !== typeName) {
    throw new BadInputError(`"${globalId}" is not a ${typeName} id (expected ${typeName}:<number>).`, { id: globalId });
  }
  return parsed.id;
}
