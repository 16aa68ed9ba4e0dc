import { FieldResolver, Resolver, Root } from 'type-graphql';
import { catalogResolver } from '../common/catalog.resolver.js';
import { Document } from '../documents/document.entity.js';
import { Plan } from './plan.entity.js';

export const PlanCatalogResolver = catalogResolver({
  entity: Plan,
  listName: 'plans',
  description: 'Programmes and plans that group tasks, by the start of their period.',
  searchable: (plan) => [plan.key, plan.title, plan.titleEn],
  sortKey: (plan) => plan.periodStart ?? '9999',
});

@Resolver(() => Plan)
export class PlanResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document that adopted the plan, if it is one.' })
  document(@Root() plan: Plan): Promise<Document | null> | null {
    return plan.document?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [Document], { description: 'The plan’s legal basis.' })
  basis(@Root() plan: Plan): Promise<Document[]> {
    return plan.basis.loadItems({ dataloader: true });
  }
}
