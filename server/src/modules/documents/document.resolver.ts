import { FieldResolver, Resolver, Root } from 'type-graphql';
import { catalogResolver } from '../common/catalog.resolver.js';
import { Unit } from '../units/unit.entity.js';
import { Document } from './document.entity.js';

export const DocumentCatalogResolver = catalogResolver({
  entity: Document,
  listName: 'documents',
  description: 'Documents (văn bản) named in the sources, by date of issue (undated ones last).',
  lookup: { name: 'document', arg: 'number', description: 'One document by its number as written, e.g. `458/TB-VP`.' },
  searchable: (document) => [document.number, document.title, document.titleEn],
  sortKey: (document) => document.issuedOn ?? '9999',
});

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'The issuing body, when known.' })
  issuer(@Root() document: Document): Promise<Unit | null> | null {
    return document.issuer?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [Document], { description: 'Documents this one implements.' })
  implements(@Root() document: Document): Promise<Document[]> {
    return document.implements.loadItems({ dataloader: true });
  }

  @FieldResolver(() => [Document], { description: 'Documents this one cites.' })
  cites(@Root() document: Document): Promise<Document[]> {
    return document.cites.loadItems({ dataloader: true });
  }
}
