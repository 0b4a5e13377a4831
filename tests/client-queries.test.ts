// The explorer's GraphQL documents are valid against the API contract and stay within the server's depth limit.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate, Kind, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as Q from '../client/src/queries.ts';

const schema = buildSchema(readFileSync('server/schema.graphql', 'utf8'));

function depth(set: SelectionSetNode | undefined): number {
  if (!set) return 0;
  let max = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) max = Math.max(max, 1 + depth(s.selectionSet));
    else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, 1 + depth(s.selectionSet));
    else max = Math.max(max, 99); // fragment spreads: not used, the server counts them as levels
  }
  return max;
}

describe('client GraphQL documents', () => {
  for (const [name, q] of Object.entries(Q)) {
    it(`${name} validates against server/schema.graphql and is at most 8 deep`, () => {
      const doc = parse(q);
      expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
      for (const def of doc.definitions) {
        if (def.kind === Kind.OPERATION_DEFINITION) expect(depth(def.selectionSet)).toBeLessThanOrEqual(8);
      }
    });
  }
});
