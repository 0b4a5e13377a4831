// Typed calls to the GraphQL API (variables only).
import { graphqlRequest } from './graphqlRequest.ts';
import * as Q from './queries.ts';
import type {
  DocumentFacets,
  CoordinationKind,
  CoordinationNetwork,
  CoordinationTie,
  DocumentFull,
  DocumentSort,
  DocumentSummary,
  Entity,
  EntityType,
  Evidence,
  MatrixRow,
  Participation,
  Path,
  SearchHit,
  Subgraph,
  TimelineEvent,
} from './types.ts';

/** A page of the document list: exact filters (absent: all), sort, offset and size. */
export interface DocumentQuery {
  genre?: string;
  year?: string;
  author?: string;
  sort: DocumentSort;
  offset: number;
  limit: number;
}

/** How many of the documents naming an entity its details panel lists (newest first). */
export const DOCUMENTS_PER_ENTITY = 50;

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
  entity: async (id: string) => (await req<{ entity: Entity | null }>(Q.ENTITY, { id, limit: 200, documents: DOCUMENTS_PER_ENTITY })).entity,
  campaignParticipants: async (campaign: string) =>
    (await req<{ campaignParticipants: Participation[] }>(Q.CAMPAIGN_PARTICIPANTS, { campaign })).campaignParticipants,
  responsibilityMatrix: async (targetTypes: EntityType[], year?: string, quotes = false) =>
    (await req<{ responsibilityMatrix: { rows: MatrixRow[]; truncated: boolean } }>(quotes ? Q.RESPONSIBILITY_MATRIX_QUOTES : Q.RESPONSIBILITY_MATRIX, { targetTypes, year })).responsibilityMatrix,
  responsibilitiesBetween: async (agency: string, target: string) =>
    (await req<{ responsibilitiesBetween: Pick<MatrixRow, 'role' | 'years' | 'evidence'>[] }>(Q.RESPONSIBILITIES_BETWEEN, { agency, target })).responsibilitiesBetween,
  factEvidence: async (id: string) => (await req<{ factEvidence: Evidence[] }>(Q.FACT_EVIDENCE, { id })).factEvidence,
  paths: async (from: string, to: string, maxHops = 4, limit = 5) =>
    (await req<{ paths: Path[] }>(Q.PATHS, { from, to, maxHops, limit })).paths,
  coordination: async (f: CoordinationFilter & { minShared?: number; region?: string; limit?: number; tiesPerAgency?: number }) =>
    (await req<{ coordinationNetwork: CoordinationNetwork }>(Q.COORDINATION, { ...f })).coordinationNetwork,
  coordinationTie: async (a: string, b: string, f: CoordinationFilter) =>
    (await req<{ coordinationTie: CoordinationTie }>(Q.COORDINATION_TIE, { a, b, ...f })).coordinationTie,
  document: async (id: string) => (await req<{ document: DocumentFull | null }>(Q.DOCUMENT, { id })).document,
  documents: async (page: DocumentQuery) =>
    req<{ documents: DocumentSummary[]; documentCount: number }>(Q.DOCUMENTS, { ...page }),
  documentFacets: async () => (await req<{ documentFacets: DocumentFacets }>(Q.DOCUMENT_FACETS)).documentFacets,
  timeline: async (types?: EntityType[], from?: string, to?: string) =>
    (await req<{ timeline: TimelineEvent[] }>(Q.TIMELINE, { types, from, to })).timeline,
  stats: async () =>
    (await req<{ stats: { documents: number; entities: number; relations: number } }>(Q.STATS)).stats,
};
