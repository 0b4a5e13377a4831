// GraphQL documents used by the explorer. Every value goes through variables; nothing is string-built.
// Selections are inlined (no fragment spreads): the server's depth limit (8) counts spreads as levels.

const EVIDENCE = `document { id title date } quote start end spanStart spanEnd rule`;
const NODE = `id type name aliases degree betweenness community`;
const EDGE = `id source target type weight shared { id type name } evidence { ${EVIDENCE} }`;
const REF = `id type name`;

export const ENTITIES = `query Entities($types: [EntityType!], $limit: Int) {
  entities(types: $types, limit: $limit) { id type name aliases mentionCount }
}`;

export const SEARCH = `query Search($text: String!, $types: [EntityType!], $limit: Int) {
  search(text: $text, types: $types, limit: $limit) { id type name aliases mentionCount score }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $types: [EntityType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    nodes { ${NODE} } edges { ${EDGE} } truncated
  }
}`;

export const ENTITY = `query Entity($id: ID!, $limit: Int, $documents: Int) {
  entity(id: $id) {
    id type name aliases mentionCount properties { key value }
    relations(limit: $limit) {
      id type direction confidence evidenceCount
      source { ${REF} } target { ${REF} } other { ${REF} }
      evidence(limit: 3) { ${EVIDENCE} }
    }
    documents(limit: $documents) { document { id title date } count start end }
  }
}`;

export const CAMPAIGN_PARTICIPANTS = `query CampaignParticipants($campaign: String!) {
  campaignParticipants(campaign: $campaign) {
    id campaign { ${REF} } agency { ${REF} } role years evidenceCount evidence(limit: 3) { ${EVIDENCE} }
  }
}`;

const MATRIX_ROW = `agency { ${REF} } region kind target { ${REF} } role years evidenceCount`;
export const RESPONSIBILITY_MATRIX = `query ResponsibilityMatrix($targetTypes: [EntityType!], $year: String) {
  responsibilityMatrix(targetTypes: $targetTypes, year: $year) { truncated rows { ${MATRIX_ROW} } }
}`;

/** The same rows with their quotes, for export. */
export const RESPONSIBILITY_MATRIX_QUOTES = `query ResponsibilityMatrixQuotes($targetTypes: [EntityType!], $year: String) {
  responsibilityMatrix(targetTypes: $targetTypes, year: $year) { truncated rows { ${MATRIX_ROW} evidence { ${EVIDENCE} } } }
}`;

export const RESPONSIBILITIES_BETWEEN = `query ResponsibilitiesBetween($agency: ID!, $target: ID!) {
  responsibilitiesBetween(agency: $agency, target: $target) { role years evidence { ${EVIDENCE} } }
}`;

export const FACT_EVIDENCE = `query FactEvidence($id: ID!) { factEvidence(id: $id) { ${EVIDENCE} } }`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
    length nodes { ${REF} } edges { ${EDGE} }
  }
}`;

export const COORDINATION = `query Coordination($minShared: Int, $from: String, $to: String, $region: String, $kinds: [CoordinationKind!], $limit: Int, $tiesPerAgency: Int) {
  coordinationNetwork(minShared: $minShared, from: $from, to: $to, region: $region, kinds: $kinds, limit: $limit, tiesPerAgency: $tiesPerAgency) {
    nodes { ${NODE} region } edges { id source target type weight kinds } truncated
    totalAgencies totalTies tiesAmongShown communities modularity undatedDocuments regions { region agencies }
  }
}`;

export const COORDINATION_TIE = `query CoordinationTie($a: ID!, $b: ID!, $from: String, $to: String, $kinds: [CoordinationKind!]) {
  coordinationTie(a: $a, b: $b, from: $from, to: $to, kinds: $kinds) {
    a { ${REF} } b { ${REF} }
    items { kind entity { ${REF} } relationsA relationsB documents evidenceA { ${EVIDENCE} } evidenceB { ${EVIDENCE} } }
  }
}`;

const DOCUMENT_SUMMARY = `id source title author number date genre region entityCount factCount`;

export const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) {
    ${DOCUMENT_SUMMARY} addressees text
    spans { start end kind label entityId }
    facts { id type source { ${REF} } target { ${REF} } evidence { ${EVIDENCE} } }
  }
}`;

export const DOCUMENTS = `query Documents($limit: Int, $offset: Int, $genre: String, $year: String, $author: String, $sort: DocumentSort) {
  documents(limit: $limit, offset: $offset, genre: $genre, year: $year, author: $author, sort: $sort) { ${DOCUMENT_SUMMARY} }
  documentCount(genre: $genre, year: $year, author: $author)
}`;

export const DOCUMENT_FACETS = `query DocumentFacets {
  documentFacets { genres { value count } years { value count } authors { value count } }
}`;

export const TIMELINE = `query Timeline($from: String, $to: String, $types: [EntityType!]) {
  timeline(from: $from, to: $to, types: $types) {
    date description entity { ${REF} } evidence { ${EVIDENCE} }
  }
}`;

export const STATS = `query Stats { stats { documents entities relations } }`;
