// The extraction export: the contract between ingest/, the loader and the scorer (../shared/eval/README.md).

export const ENTITY_TYPES = ['Agency', 'Campaign', 'Law', 'Meeting', 'Official', 'Proposal', 'Measure'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'LEADS',
  'CO_HANDLES',
  'SUPERVISES',
  'CITES',
  'ISSUED',
  'PARTICIPATES_IN',
  'HOLDS_POST',
  'PROPOSED',
  'PART_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A span of a document's decoded text; offsets are UTF-16 code units, `end` exclusive. */
export interface Mention {
  document: string;
  start: number;
  end: number;
}

export interface Evidence extends Mention {
  /** Exactly `text.slice(start, end)` of the document: the sentence that states the fact. */
  quote: string;
  /** The proving span (trigger and arguments) inside the sentence, as offsets into the document. */
  spanStart?: number;
  spanEnd?: number;
  /** The extraction rule that made the fact (`lead.run:推进`, `post.of-agency` …). */
  rule?: string;
}

export interface ProposalRef {
  number?: string;
  title?: string;
  proposers: string[];
}

export interface DocumentRecord {
  /** Stable id derived from the source path (file stem), so an edited file replaces its own facts. */
  id: string;
  source: string;
  sha256: string;
  title?: string;
  author?: string;
  number?: string;
  date?: string; // YYYY-MM-DD
  genre?: string;
  /** Where the document belongs, most specific place last (湖南省 · 长沙市), when known. */
  region?: string;
  addressees: string[];
  answers?: ProposalRef;
  text: string;
}

export interface NodeRecord {
  /** Deterministic: the same real-world entity gets the same id in every document and every run. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Extra facts as strings, e.g. date, title, note. */
  props: Record<string, string>;
  mentions: Mention[];
}

export interface EdgeRecord {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** 0..1: how strong the pattern that produced the edge was. */
  confidence: number;
  evidence: Evidence[];
}

export interface Graph {
  documents: DocumentRecord[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

/** A document that could not be used (unreadable, empty, encrypted …), and why. */
export interface FileProblem {
  file: string;
  reason: string;
}

/** What extraction hands the store's loader: the files in order, those already found unusable, and how to extract one. */
export interface DocumentSource {
  files: string[];
  problems: FileProblem[];
  /** A graph, or a problem for a bad document (reported and skipped); rejects on anything else (a bug). */
  extract(file: string): Promise<Graph | FileProblem>;
}
