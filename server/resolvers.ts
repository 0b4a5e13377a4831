// Resolvers, one module per group of root fields (server/resolvers/): entities and search, campaigns and
// responsibilities, network and paths, the coordination network, documents and timeline, writes. They validate arguments, run named queries
// and shape the rows; this file only joins them into the map Apollo takes.
import { campaignResolvers } from './resolvers/campaigns.ts';
import { coordinationResolvers } from './resolvers/coordination.ts';
import { documentResolvers } from './resolvers/documents.ts';
import { entityResolvers } from './resolvers/entities.ts';
import { networkResolvers } from './resolvers/network.ts';
import { writeResolvers } from './resolvers/writes.ts';

import { factResolvers } from './resolvers/shared.ts';
export { createContext, type Context } from './resolvers/shared.ts';

export const resolvers = {
  Query: {
    ...entityResolvers.Query,
    ...campaignResolvers.Query,
    ...networkResolvers.Query,
    ...coordinationResolvers.Query,
    ...documentResolvers.Query,
  },
  Mutation: writeResolvers.Mutation,
  Entity: entityResolvers.Entity,
  Evidence: documentResolvers.Evidence,
  Document: documentResolvers.Document,
  GraphEdge: networkResolvers.GraphEdge,
  Relation: factResolvers,
  Participation: factResolvers,
  Responsibility: factResolvers,
  MatrixRow: factResolvers,
};
