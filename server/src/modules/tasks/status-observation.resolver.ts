import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Citation } from '../citations/citation.entity.js';
import { Document } from '../documents/document.entity.js';
import { Event } from '../events/event.entity.js';
import { Unit } from '../units/unit.entity.js';
import { StatusObservation } from './status-observation.entity.js';

@Resolver(() => StatusObservation)
export class StatusObservationResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The event where it was observed, if any.' })
  event(@Root() observation: StatusObservation): Promise<Event | null> | null {
    return observation.event?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document that reported it, if any.' })
  document(@Root() observation: StatusObservation): Promise<Document | null> | null {
    return observation.document?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit that reported it (quarterly reports).' })
  reportedBy(@Root() observation: StatusObservation): Promise<Unit | null> | null {
    return observation.reportedBy?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [Citation], { description: 'The sources of the observation, each with its verbatim quote.' })
  citations(@Root() observation: StatusObservation): Promise<Citation[]> {
    return observation.citations.loadItems({ dataloader: true });
  }
}
