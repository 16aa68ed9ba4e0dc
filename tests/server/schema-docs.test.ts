import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../server/src/graphql/build-schema.js';
import { printSchema, lexicographicSortSchema } from 'graphql';

const sdl = readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8');

describe('the GraphQL schema', () => {
  it('is the committed server/schema.graphql', async () => {
    expect(`${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`).toBe(sdl);
  });

  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(sdl);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) || isScalarType(type)) continue;
    }
    expect(missing).toEqual([]);
  });

  it('keeps the names of the API contract', () => {
    const schema = buildSchema(sdl);
    const query = schema.getQueryType()!.getFields();
    for (const name of ['tasks', 'task', 'units', 'unit', 'documents', 'document', 'events', 'people', 'plans', 'indicators', 'reportingPeriods', 'node', 'taskStats']) {
      expect(query, name).toHaveProperty(name);
    }
    const mutation = schema.getMutationType()!.getFields();
    for (const name of ['createTask', 'updateTask', 'rescheduleTask', 'setTaskProgress', 'deleteTask', 'restoreTask', 'addDependency', 'removeDependency', 'recordStatus', 'submitQuarterlyReport']) {
      expect(mutation, name).toHaveProperty(name);
    }
    const task = schema.getType('Task');
    expect(isObjectType(task) && Object.keys(task.getFields())).toEqual(
      expect.arrayContaining('id title titleEn kind status progress start due completedOn leadUnit supportUnits plan parent children dependencies assignedBy citations version'.split(' ')),
    );
  });
});
