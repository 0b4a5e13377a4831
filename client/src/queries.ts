// GraphQL documents used by the explorer. Every value goes through variables; nothing is string-built.

const EVIDENCE = `fragment EvidenceFields on Evidence { document { id title date } quote start end }`;
const NODE = `fragment NodeFields on GraphNode { id type name aliases degree betweenness community }`;
const EDGE = `fragment EdgeFields on GraphEdge { id source target type weight shared { id type name } evidence { ...EvidenceFields } }`;
const REF = `fragment RefFields on EntityRef { id type name }`;

export const SEARCH = `query Search($text: String!, $types: [EntityType!], $limit: Int) {
  search(text: $text, types: $types, limit: $limit) { id type name aliases mentionCount score }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $types: [EntityType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    nodes { ...NodeFields } edges { ...EdgeFields } truncated
  }
}
${NODE}
${EDGE}
${EVIDENCE}`;

export const ENTITY = `query Entity($id: ID!, $limit: Int) {
  entity(id: $id) {
    id type name aliases mentionCount properties { key value }
    relations(limit: $limit) {
      id type direction confidence
      source { ...RefFields } target { ...RefFields } other { ...RefFields }
      evidence { ...EvidenceFields }
    }
  }
}
${REF}
${EVIDENCE}`;

export const CAMPAIGN_PARTICIPANTS = `query CampaignParticipants($campaign: String!) {
  campaignParticipants(campaign: $campaign) {
    campaign { ...RefFields } agency { ...RefFields } role evidence { ...EvidenceFields }
  }
}
${REF}
${EVIDENCE}`;

export const MEASURE_OWNERS = `query MeasureOwners($measure: String) {
  measureOwners(measure: $measure) {
    agency { ...RefFields } measure { ...RefFields } role evidence { ...EvidenceFields }
  }
}
${REF}
${EVIDENCE}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
    length nodes { ...RefFields } edges { ...EdgeFields }
  }
}
${REF}
${EDGE}
${EVIDENCE}`;

export const COORDINATION = `query Coordination($minShared: Int, $from: String, $to: String) {
  coordinationNetwork(minShared: $minShared, from: $from, to: $to) {
    nodes { ...NodeFields } edges { ...EdgeFields } truncated
  }
}
${NODE}
${EDGE}
${EVIDENCE}`;

export const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) {
    id source title author number date genre addressees text
    spans { start end kind label entityId }
  }
}`;

export const TIMELINE = `query Timeline($from: String, $to: String, $types: [EntityType!]) {
  timeline(from: $from, to: $to, types: $types) {
    date description entity { ...RefFields } evidence { ...EvidenceFields }
  }
}
${REF}
${EVIDENCE}`;

export const STATS = `query Stats { stats { documents entities relations } }`;
