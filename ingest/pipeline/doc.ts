// The one object a document's trip through extraction fills in, stage by stage (spaCy's Doc):
// structure → mentions → resolution → relations → graph. Offsets are into the normalised view
// `text`; only the graph stage maps them back to the original.
import type { EntityType, RelationType } from '../model.js';
import type { NormalizedText } from '../normalize.js';

export interface Range {
  start: number;
  end: number;
}

export type Genre =
  | 'reply_to_suggestion'
  | 'reply_to_proposal'
  | 'inquiry'
  | 'resolution'
  | 'plan'
  | 'notice'
  | 'meeting_news'
  | 'news_report'
  | 'congress_newsletter'
  | 'other';

/** Where the document belongs: full names from the gazetteer (湖南省, 长沙市, 天心区). */
export interface Region {
  province?: string;
  city?: string;
  county?: string;
}

export interface DocMeta {
  title?: string;
  author?: string;
  /** Where the author's name stands in the text (for its mention), if it does. */
  authorSpan?: Range;
  number?: string;
  date?: string;
  genre: Genre;
  addressees: string[];
  /** The proposal a reply answers, by number (第0123号建议) or title. */
  answers?: { number?: string; title?: string; proposers: string[] };
  session?: string;
  region: Region;
}

/** A clause: the stretch between clause punctuation, inside one sentence. */
export interface Clause extends Range {
  sentence: number;
}

export interface Mention extends Range {
  type: EntityType;
  /** Name as written, normalised (no quotes, 《》 or spaces). */
  name: string;
  /** The rule (pattern id) that found it. */
  rule: string;
  /** Lower wins when mentions overlap and are equally long. */
  prio: number;
  /** Refers to the document's author (我局, 本院 …). */
  author?: boolean;
  /** Several entities for one surface (中农工建交). */
  expand?: string[];
  /** Known canonical name (lexicon), used as is. */
  canonical?: string;
  /** Generic class of bodies (公安机关, 金融机构): an actor scoped to the document's region. */
  generic?: boolean;
  /** A person's posts as written before or after the name (副省长; 公安厅 + 厅长). */
  posts?: { title: string; agency?: Range; span: Range }[];
  /** Length of the head noun that closes an agency's name. */
  head?: number;
  /** Set by the mention stage when this lies inside a longer accepted mention. */
  nested?: boolean;
  /** Resolution: the entity id it refers to (several for `expand`). */
  ids?: string[];
  props?: Record<string, string>;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  props: Record<string, string>;
  mentions: Range[];
  /** Where the text implies the entity without naming it (the 副省长 of a provincial government): mentions, not aliases. */
  implied?: Range[];
}

export interface Fact {
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  /** The proving span (trigger and arguments) inside `sentence`. */
  span: Range;
  sentence: Range;
  rule: string;
}

export interface Doc {
  id: string;
  source: string;
  sha256: string;
  nt: NormalizedText;
  text: string;
  meta: DocMeta;
  sentences: Range[];
  clauses: Clause[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  /** The entity ids of the author's mention (我局, the signature …), once resolved. */
  authorIds?: string[];
  facts: Fact[];
}
