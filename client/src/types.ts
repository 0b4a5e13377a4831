// Types mirroring server/schema.graphql (the API contract). Keep in sync with the SDL.

// Entity and relation types are the extraction model's own closed sets.
import type { EntityType, RelationType } from '../../ingest/model.ts';
export { ENTITY_TYPES, RELATION_TYPES } from '../../ingest/model.ts';
export type { EntityType, RelationType };

export const ROLES = ['LEAD', 'CO_HANDLER', 'SUPERVISOR', 'PARTICIPANT'] as const;
export type Role = (typeof ROLES)[number];
export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface Property {
  key: string;
  value: string;
}
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}
export interface DocumentRef {
  id: string;
  title?: string | null;
  date?: string | null;
}
export interface Evidence {
  document: DocumentRef;
  /** The sentence that states the fact. */
  quote: string;
  start: number;
  end: number;
  /** The proving span inside the sentence, and the rule that found it. */
  spanStart?: number | null;
  spanEnd?: number | null;
  rule?: string | null;
}
export interface Relation {
  id: string;
  type: RelationType;
  direction: Direction;
  source: EntityRef;
  target: EntityRef;
  other: EntityRef;
  confidence: number;
  /** All evidence items; `evidence` holds the first few. */
  evidenceCount: number;
  evidence: Evidence[];
}
/** A document naming an entity: how often, and where first. */
export interface Mentioning {
  document: DocumentRef;
  count: number;
  start: number;
  end: number;
}
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties: Property[];
  mentionCount: number;
  score?: number | null;
  relations?: Relation[];
  documents?: Mentioning[];
}
/** What `search` returns (a subset of Entity). */
export interface SearchHit {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentionCount?: number;
  score?: number | null;
}
export interface Participation {
  /** The fact's id; absent where a participation is built from other rows (the matrix graph). */
  id?: string;
  /** All evidence items; `evidence` holds the first few. */
  evidenceCount?: number;
  campaign: EntityRef;
  agency: EntityRef;
  role: Role;
  /** Years of the documents that state this role (one role per agency and campaign per document). */
  years?: string[];
  evidence: Evidence[];
}
/** A row of the responsibility matrix: one agency, target and role. */
export interface MatrixRow {
  agency: EntityRef;
  region: string;
  kind: string;
  target: EntityRef;
  role: Role;
  years: string[];
  evidenceCount: number;
  evidence?: Evidence[];
}
export interface GraphNode {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  degree: number;
  betweenness: number;
  community: number;
  /** Coordination network: the agency's province, 全国 for a national body. */
  region?: string | null;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** A RelationType, or COORDINATES for the agency–agency projection. */
  type: string;
  weight: number;
  shared: EntityRef[];
  /** Coordination ties: the kinds of joint action behind them. */
  kinds?: CoordinationKind[];
  evidence: Evidence[];
}
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}
export interface Path {
  length: number;
  nodes: EntityRef[];
  edges: GraphEdge[];
}
export interface Span {
  start: number;
  end: number;
  kind: string;
  label: string;
  entityId?: string | null;
}
/** A document's metadata and counts, as the document list shows it. */
export interface DocumentSummary {
  id: string;
  source: string;
  title?: string | null;
  author?: string | null;
  number?: string | null;
  date?: string | null;
  /** A genre code (reply_to_proposal …); shown through i18n's genreName. */
  genre?: string | null;
  region?: string | null;
  entityCount: number;
  factCount: number;
}
/** One fact a document states, with its evidence in that document. */
export interface DocumentFact {
  id: string;
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  evidence: Evidence;
}
export interface DocumentFull extends DocumentSummary {
  addressees: string[];
  text: string;
  spans: Span[];
  facts: DocumentFact[];
}
export interface Facet {
  value: string;
  count: number;
}
export interface DocumentFacets {
  genres: Facet[];
  years: Facet[];
  authors: Facet[];
}
export const DOCUMENT_SORTS = ['NEWEST', 'OLDEST', 'TITLE', 'AUTHOR', 'GENRE'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export interface TimelineEvent {
  date: string;
  entity: EntityRef;
  description: string;
  evidence: Evidence[];
}

export const COORDINATION_KINDS = ['JOINT_WORK', 'MEETING', 'CO_ISSUED', 'SUPERVISION'] as const;
export type CoordinationKind = (typeof COORDINATION_KINDS)[number];
/** The coordination view: the strongest agencies and what was left out. */
export interface CoordinationNetwork extends Subgraph {
  totalAgencies: number;
  totalTies: number;
  tiesAmongShown: number;
  communities: number;
  modularity: number;
  undatedDocuments: number;
  regions: { region: string; agencies: number }[];
}
/** What two agencies share, with the quotes that put each of them there. */
export interface SharedItem {
  kind: CoordinationKind;
  entity: EntityRef;
  relationsA: string[];
  relationsB: string[];
  documents: number;
  evidenceA: Evidence[];
  evidenceB: Evidence[];
}
export interface CoordinationTie {
  a: EntityRef;
  b: EntityRef;
  items: SharedItem[];
}
