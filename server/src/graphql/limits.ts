import { LIMITS } from '@lotrinh/shared';
import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** Depth of the deepest field, following fragments. */
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    // Introspection (the playground's schema explorer) is exempt: its own shape is fixed and deep.
    if (selection.kind === Kind.FIELD && selection.name.value.startsWith('__')) continue;
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/** Refuses an operation nested deeper than `LIMITS.queryDepthMax`, naming the limit and the depth. */
export function depthLimitRule(context: ValidationContext): ASTVisitor {
  const fragments = Object.fromEntries(
    context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments);
      if (depth > LIMITS.queryDepthMax) {
        context.reportError(
          new GraphQLError(`Query depth ${depth} exceeds the limit of ${LIMITS.queryDepthMax}.`, {
            nodes: [operation],
            extensions: { code: QUERY_TOO_COMPLEX, limit: LIMITS.queryDepthMax, depth },
          }),
        );
      }
    },
  };
}

function listSize(field: FieldNode, variables: Record<string, unknown>): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (first?.kind === Kind.INT) return Number(first.value);
  if (first?.kind === Kind.VARIABLE) {
    const value = variables[first.name.value];
    if (typeof value === 'number') return value;
  }
  return LIMITS.pageSizeDefault;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Estimated cost: each field costs 1, multiplied by the size of every list above it (a connection's
 * `first` or its default page size, `LIMITS.listCostItems` for a plain list). Refused above `LIMITS.queryCostMax`.
 */
export function costLimitRule(variables: Record<string, unknown>) {
  return (context: ValidationContext): ASTVisitor => {
    const multipliers: number[] = [1];
    let cost = 0;
    return {
      Field: {
        enter(field) {
          const type = context.getFieldDef()?.type;
          const multiplier = multipliers.at(-1)!;
          cost += multiplier;
          const connection = type && getNamedType(type).name.endsWith('Connection');
          // A connection's `nodes` and `edges` are the page its `first` already counted.
          const pageOfConnection = context.getParentType()?.name.endsWith('Connection') ?? false;
          const size = connection ? listSize(field, variables) : type && isList(type) && !pageOfConnection ? LIMITS.listCostItems : 1;
          multipliers.push(multiplier * Math.max(size, 1));
        },
        leave() {
          multipliers.pop();
        },
      },
      Document: {
        leave(document) {
          if (cost > LIMITS.queryCostMax) {
            context.reportError(
              new GraphQLError(`Query cost ${cost} exceeds the limit of ${LIMITS.queryCostMax}; ask for fewer items or fewer nested lists.`, {
                nodes: [document],
                extensions: { code: QUERY_TOO_COMPLEX, limit: LIMITS.queryCostMax, cost },
              }),
            );
          }
        },
      },
    };
  };
}
