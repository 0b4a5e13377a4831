// Writes: add or replace a document from its text, remove one. Both need the write token.
import { createHash } from 'node:crypto';
import { badInput } from '../../store/errors.ts';
import { loadDocumentGraph, removeDocument } from '../../store/load-graph.ts';
import { extractDocument } from '../../ingest/index.ts';
import { nonEmptyText } from '../inputs.ts';
import { requireWrite, type Context } from './shared.ts';

export const writeResolvers = {
  Mutation: {
    async ingestDocument(_: unknown, args: { name: string; text: string }, ctx: Context) {
      requireWrite(ctx);
      const name = nonEmptyText('name', args.name, 200);
      if (!/^[\p{L}\p{N}_.-]+$/u.test(name)) throw badInput(`name may hold letters, digits, _ . - only; got "${name}"`);
      const text = args.text.replace(/\r\n?/g, '\n');
      if (!text.trim()) throw badInput('text must not be empty');
      const sha256 = createHash('sha256').update(args.text).digest('hex');
      const graph = extractDocument({ id: name, source: `api:${name}`, sha256, text });
      return loadDocumentGraph(ctx.db, graph);
    },

    async removeDocument(_: unknown, args: { id: string }, ctx: Context) {
      requireWrite(ctx);
      return removeDocument(ctx.db, args.id);
    },
  },
};
