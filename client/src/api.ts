// Typed calls to the GraphQL API (variables only).
import { graphqlRequest } from './graphqlRequest.ts';
import * as Q from './queries.ts';
import type {
  CoordinationKind,
  CoordinationNetwork,
  CoordinationTie,
  DocumentFull,
  Entity,
  EntityType,
  Participation,
  Path,
  Responsibility,
  SearchHit,
  Subgraph,
  TimelineEvent,
} from './types.ts';

/** The filters a coordination tie's provenance shares with the network it was clicked in. */
export interface CoordinationFilter {
  from?: string;
  to?: string;
  kinds?: CoordinationKind[];
}

const req = <T>(q: string, v: Record<string, unknown> = {}, signal?: AbortSignal) => graphqlRequest<T>(q, v, { signal });

export const api = {
  entities: async (types: EntityType[], limit = 200) =>
    (await req<{ entities: SearchHit[] }>(Q.ENTITIES, { types, limit })).entities,
  search: async (text: string, types?: EntityType[], limit = 12, signal?: AbortSignal) =>
    (await req<{ search: SearchHit[] }>(Q.SEARCH, { text, types, limit }, signal)).search,
  neighborhood: async (id: string, depth = 1, limit = 200) =>
    (await req<{ neighborhood: Subgraph }>(Q.NEIGHBORHOOD, { id, depth, limit })).neighborhood,
  entity: async (id: string) => (await req<{ entity: Entity | null }>(Q.ENTITY, { id, limit: 200 })).entity,
  campaignParticipants: async (campaign: string) =>
    (await req<{ campaignParticipants: Participation[] }>(Q.CAMPAIGN_PARTICIPANTS, { campaign })).campaignParticipants,
  measureOwners: async (measure?: string) =>
    (await req<{ measureOwners: Responsibility[] }>(Q.MEASURE_OWNERS, { measure })).measureOwners,
  paths: async (from: string, to: string, maxHops = 4, limit = 5) =>
    (await req<{ paths: Path[] }>(Q.PATHS, { from, to, maxHops, limit })).paths,
  coordination: async (f: CoordinationFilter & { minShared?: number; region?: string; limit?: number; tiesPerAgency?: number }) =>
    (await req<{ coordinationNetwork: CoordinationNetwork }>(Q.COORDINATION, { ...f })).coordinationNetwork,
  coordinationTie: async (a: string, b: string, f: CoordinationFilter) =>
    (await req<{ coordinationTie: CoordinationTie }>(Q.COORDINATION_TIE, { a, b, ...f })).coordinationTie,
  document: async (id: string) => (await req<{ document: DocumentFull | null }>(Q.DOCUMENT, { id })).document,
  timeline: async (types?: EntityType[], from?: string, to?: string) =>
    (await req<{ timeline: TimelineEvent[] }>(Q.TIMELINE, { types, from, to })).timeline,
  stats: async () =>
    (await req<{ stats: { documents: number; entities: number; relations: number } }>(Q.STATS)).stats,
};
